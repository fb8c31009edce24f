package org.axiswatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.axiswatch.analysis.KbEntity;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.Timeline;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** axiswatch timeline: dated events and exchanges across documents, with their sources. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Dated events and exchanges across the stored documents, in date order, each "
        + "with its sources.")
public final class TimelineCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--entity", paramLabel = "NAME", description = "only facts with this party (id or any form)")
  String entity;

  @Option(names = "--from", paramLabel = "DATE", description = "from this date: 2023, 2023-09 or 2023-09-14")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "up to this date")
  String to;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    PartialDate fromDate;
    PartialDate toDate;
    try {
      fromDate = from == null ? null : PartialDate.parse(from);
      toDate = to == null ? null : PartialDate.parse(to);
    } catch (RuntimeException e) {
      Console.err().println("axiswatch: --from/--to must be 2023, 2023-09 or 2023-09-14: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (Database db = store.open()) {
      Knowledge k = Knowledge.read(new KnowledgeBase(db));
      Set<String> ids = Set.of();
      if (entity != null) {
        List<KbEntity> found = k.find(entity);
        if (found.isEmpty()) {
          Console.err().println("axiswatch: no entity named " + entity);
          return ExitCodes.BAD_INPUT;
        }
        ids = found.stream().map(KbEntity::id).collect(Collectors.toSet());
      }
      List<Timeline.Entry> entries = Timeline.of(k, new Timeline.Filter(ids, fromDate, toDate));
      FactText text = new FactText(k);
      if (json) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Timeline.Entry e : entries) {
          ObjectNode o = e.event() != null ? text.eventJson(e.event()) : text.exchangeJson(e.exchange());
          o.put("kind", e.kind().name());
          a.add(o);
        }
        out.println(a.toPrettyString());
      } else if (entries.isEmpty()) {
        out.println("no dated events or exchanges" + (entity == null ? "" : " for " + entity));
      } else {
        for (Timeline.Entry e : entries) {
          out.printf("%-10s  %s%n", e.date(),
              e.event() != null ? text.event(e.event()) : "EXCHANGE  " + text.exchange(e.exchange()));
        }
      }
      return ExitCodes.OK;
    } catch (StoreException | SQLException e) {
      Console.err().println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    }
  }
}
