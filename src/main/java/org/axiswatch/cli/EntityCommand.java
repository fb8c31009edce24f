package org.axiswatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.axiswatch.analysis.EntityProfile;
import org.axiswatch.analysis.KbEntity;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.ReportedEvent;
import org.axiswatch.analysis.ReportedExchange;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import org.axiswatch.store.StoredHit;
import org.axiswatch.store.StoredMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** axiswatch entity NAME: what the knowledge base holds on one entity; merge and split below it. */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = "Show an entity (by id or any of its forms): forms, mentions per document, "
        + "events, exchanges with sanctions verdicts, screening hits.",
    subcommands = {EntityMergeCommand.class, EntitySplitCommand.class})
public final class EntityCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "entity id or any form of its name")
  String name;

  @Mixin StoreOptions store;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
    if (name == null) {
      spec.commandLine().usage(System.out);
      return ExitCodes.USAGE;
    }
    PrintStream out = Console.out();
    try (Database db = store.open()) {
      Knowledge k = Knowledge.read(new KnowledgeBase(db));
      KbEntity entity = only(k, name);
      if (entity == null) {
        return ExitCodes.BAD_INPUT;
      }
      EntityProfile p = EntityProfile.of(k, entity);
      out.println(json ? toJson(k, p) : text(k, p));
      return ExitCodes.OK;
    } catch (StoreException | SQLException e) {
      Console.err().println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    }
  }

  /** The one entity a name means; prints why not and returns null when none or several. */
  static KbEntity only(Knowledge k, String name) {
    List<KbEntity> found = k.find(name);
    if (found.size() == 1) {
      return found.get(0);
    }
    PrintStream err = Console.err();
    if (found.isEmpty()) {
      err.println("axiswatch: no entity named " + name);
    } else {
      err.println("axiswatch: " + name + " names " + found.size() + " entities; give one id:");
      found.forEach(e -> err.println("  " + e.id() + "  " + e.type() + "  " + e.name()));
    }
    return null;
  }

  static String text(Knowledge k, EntityProfile p) {
    FactText f = new FactText(k);
    KbEntity e = p.entity();
    StringBuilder b = new StringBuilder();
    b.append(e.name()).append("  (").append(e.type()).append(", ").append(e.id()).append(")\n");
    b.append("forms      ").append(String.join(" · ", e.forms())).append('\n');
    b.append("\nmentions\n");
    for (Map.Entry<String, List<StoredMention>> d : p.mentionsByDocument().entrySet()) {
      b.append("  ").append(f.source(d.getKey())).append("  ").append(d.getValue().size())
          .append("×  ").append(d.getValue().stream().map(StoredMention::text).distinct()
              .collect(Collectors.joining(", "))).append('\n');
    }
    b.append("\nevents (").append(p.events().size()).append(")\n");
    for (ReportedEvent ev : p.events()) {
      b.append("  ").append(f.event(ev)).append('\n');
    }
    b.append("\nexchanges (").append(p.exchanges().size()).append(")\n");
    for (ReportedExchange x : p.exchanges()) {
      b.append("  ").append(f.exchange(x)).append('\n');
    }
    b.append("\nscreening (").append(p.hits().size()).append(")\n");
    for (StoredHit h : p.hits()) {
      b.append("  ").append(h.list()).append(' ').append(h.ref()).append("  ").append(h.listedName())
          .append(String.format("  %.2f  ", h.score())).append(f.source(h.documentId()))
          .append("  ").append(h.why()).append('\n');
    }
    return b.toString().stripTrailing();
  }

  static String toJson(Knowledge k, EntityProfile p) {
    FactText f = new FactText(k);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    KbEntity e = p.entity();
    o.put("id", e.id()).put("type", e.type().name()).put("name", e.name()).put("code", e.code());
    ArrayNode forms = o.putArray("forms");
    e.forms().forEach(forms::add);
    ArrayNode docs = o.putArray("mentions");
    p.mentionsByDocument().forEach((doc, ms) -> {
      ObjectNode d = docs.addObject().put("document", doc).put("count", ms.size());
      ArrayNode spans = d.putArray("spans");
      ms.forEach(m -> spans.addObject().put("text", m.text()).put("start", m.span().start())
          .put("end", m.span().end()));
    });
    ArrayNode events = o.putArray("events");
    p.events().forEach(ev -> events.add(f.eventJson(ev)));
    ArrayNode exchanges = o.putArray("exchanges");
    p.exchanges().forEach(x -> exchanges.add(f.exchangeJson(x)));
    ArrayNode hits = o.putArray("screening");
    p.hits().forEach(h -> hits.addObject().put("document", h.documentId()).put("list", h.list())
        .put("ref", h.ref()).put("listed_name", h.listedName()).put("score", h.score())
        .put("why", h.why()));
    return o.toPrettyString();
  }
}
