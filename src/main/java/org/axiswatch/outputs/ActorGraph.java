package org.axiswatch.outputs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axiswatch.analysis.EventFinding;
import org.axiswatch.analysis.ExchangeFinding;
import org.axiswatch.analysis.Findings;
import org.axiswatch.mentions.Entity;

/**
 * The actor network of a set of findings: named entities as nodes; an exchange edge (directed,
 * giver to receiver) per pair weighted by how many exchanges it carries, and a co-occurrence edge
 * (undirected) per pair of actors weighted by how many events both take part in.
 */
record ActorGraph(List<Entity> nodes, List<Edge> edges) {

  enum Kind { EXCHANGE, EVENT }

  /**
   * @param source entity id (the giver, for an exchange)
   * @param target entity id
   * @param kind exchange or co-occurrence
   * @param weight number of exchanges or events
   * @param labels the exchanged items, or the event types, in order, without repeats
   */
  record Edge(String source, String target, Kind kind, int weight, List<String> labels) {}

  static ActorGraph of(Findings f) {
    Map<String, Edge> edges = new LinkedHashMap<>();
    for (ExchangeFinding x : f.exchanges()) {
      add(edges, x.exchange().from(), x.exchange().to(), Kind.EXCHANGE, x.exchange().item());
    }
    for (EventFinding e : f.events()) {
      List<String> actors = new ArrayList<>(new TreeSet<>(e.event().actors()));
      for (int i = 0; i < actors.size(); i++) {
        for (int j = i + 1; j < actors.size(); j++) {
          add(edges, actors.get(i), actors.get(j), Kind.EVENT, e.event().type().name());
        }
      }
    }
    List<Entity> nodes = f.entities().stream().filter(e -> e.type().isNamed()).toList();
    Set<String> known = new LinkedHashSet<>();
    nodes.forEach(n -> known.add(n.id()));
    List<Edge> kept = edges.values().stream()
        .filter(e -> known.contains(e.source()) && known.contains(e.target())).toList();
    return new ActorGraph(nodes, kept);
  }

  private static void add(Map<String, Edge> edges, String a, String b, Kind kind, String label) {
    if (a.equals(b)) {
      return;
    }
    String key = kind + "|" + a + "|" + b;
    Edge old = edges.get(key);
    if (old == null) {
      edges.put(key, new Edge(a, b, kind, 1, List.of(label)));
    } else {
      Set<String> labels = new LinkedHashSet<>(old.labels());
      labels.add(label);
      edges.put(key, new Edge(a, b, kind, old.weight() + 1, List.copyOf(labels)));
    }
  }

  /** Entities that take part in at least one edge: the chart leaves loners out. */
  List<Entity> connected() {
    Set<String> ids = new LinkedHashSet<>();
    edges.forEach(e -> {
      ids.add(e.source());
      ids.add(e.target());
    });
    return nodes.stream().filter(n -> ids.contains(n.id())).toList();
  }
}
