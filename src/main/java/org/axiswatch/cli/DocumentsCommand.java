package org.axiswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentSummary;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** axiswatch documents: what the knowledge base holds. */
@Command(name = "documents", mixinStandardHelpOptions = true,
    description = "List the stored documents with their counts of mentions, events and exchanges.")
public final class DocumentsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    try (Database db = store.open()) {
      List<DocumentSummary> docs = new KnowledgeBase(db).documents();
      out.println(json ? toJson(docs) : table(docs));
      return ExitCodes.OK;
    } catch (StoreException | SQLException e) {
      Console.err().println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    }
  }

  static String table(List<DocumentSummary> docs) {
    if (docs.isEmpty()) {
      return "no documents stored yet: axiswatch ingest FILE|DIR";
    }
    StringBuilder b = new StringBuilder(String.format("%-12s  %-10s  %-4s  %8s  %6s  %9s  %s%n",
        "id", "date", "lang", "mentions", "events", "exchanges", "title"));
    for (DocumentSummary d : docs) {
      b.append(String.format("%-12s  %-10s  %-4s  %8d  %6d  %9d  %s%n", d.id().substring(0, 12),
          d.date() == null ? "-" : d.date(), d.language() == null ? "-" : d.language(), d.mentions(),
          d.events(), d.exchanges(), d.title() != null ? d.title() : d.fileName()));
    }
    return b.append(docs.size()).append(" document(s)").toString();
  }

  static String toJson(List<DocumentSummary> docs) {
    ArrayNode a = new ObjectMapper().createArrayNode();
    for (DocumentSummary d : docs) {
      ObjectNode o = a.addObject();
      o.put("id", d.id());
      o.put("file", d.fileName());
      o.put("date", d.date() == null ? null : d.date().toString());
      o.put("language", d.language());
      o.put("title", d.title());
      o.put("author", d.author());
      o.put("ingested_at", d.ingestedAt().toString());
      o.put("mentions", d.mentions());
      o.put("events", d.events());
      o.put("exchanges", d.exchanges());
    }
    return a.toPrettyString();
  }
}
