package org.axiswatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.Network;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** axiswatch network: who is linked to whom, with weights and centrality. */
@Command(name = "network", mixinStandardHelpOptions = true,
    description = "Who is linked to whom through events (co-actors) and exchanges (giver → "
        + "receiver), with weights (number of reports) and centrality.")
public final class NetworkCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    try (Database db = store.open()) {
      Knowledge k = Knowledge.read(new KnowledgeBase(db));
      Network n = Network.of(k);
      out.println(json ? toJson(k, n) : table(k, n));
      return ExitCodes.OK;
    } catch (StoreException | SQLException e) {
      Console.err().println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    }
  }

  static String table(Knowledge k, Network n) {
    if (n.links().isEmpty()) {
      return "no links yet: ingest documents with events or exchanges";
    }
    StringBuilder b = new StringBuilder(String.format("%-32s  %6s  %11s  %8s%n", "entity", "degree",
        "betweenness", "pagerank"));
    for (Network.Node node : n.nodes()) {
      b.append(String.format("%-32s  %6d  %11.3f  %8.4f%n", FactText.shorten(k.name(node.id()), 32),
          node.degree(), node.betweenness(), node.pageRank()));
    }
    b.append(String.format("%n%-9s  %6s  %s%n", "link", "weight", "entities"));
    for (Network.Link l : n.links()) {
      String arrow = l.kind() == Network.LinkKind.EXCHANGE ? " → " : " — ";
      b.append(String.format("%-9s  %6d  %s%n", l.kind() == Network.LinkKind.EXCHANGE ? "exchange"
          : "co-actor", l.weight(), k.name(l.a()) + arrow + k.name(l.b())));
    }
    return b.toString().stripTrailing();
  }

  static String toJson(Knowledge k, Network n) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode nodes = root.putArray("nodes");
    for (Network.Node node : n.nodes()) {
      nodes.addObject().put("id", node.id()).put("name", k.name(node.id()))
          .put("type", k.entity(node.id()).map(e -> e.type().name()).orElse(null))
          .put("degree", node.degree()).put("betweenness", node.betweenness())
          .put("pagerank", node.pageRank());
    }
    ArrayNode links = root.putArray("links");
    for (Network.Link l : n.links()) {
      links.addObject().put("source", l.a()).put("target", l.b()).put("kind", l.kind().name())
          .put("directed", l.kind() == Network.LinkKind.EXCHANGE).put("weight", l.weight());
    }
    return root.toPrettyString();
  }
}
