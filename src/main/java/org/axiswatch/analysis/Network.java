package org.axiswatch.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Who is linked to whom: co-actors of an event, giver → receiver of an exchange. A link's weight
 * is the number of reports of it (one document reporting a fact is one). Centrality: weighted
 * degree, betweenness on the undirected graph, PageRank on the directed weighted graph (co-actor
 * links count both ways).
 */
public final class Network {
  /** How two entities are linked. */
  public enum LinkKind { CO_ACTOR, EXCHANGE }

  /** A link; for CO_ACTOR, a and b are in id order. */
  public record Link(String a, String b, LinkKind kind, int weight) {
    public Link {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** An entity's place in the network. */
  public record Node(String id, int degree, double betweenness, double pageRank) {}

  private final List<Link> links;
  private final List<Node> nodes;

  private Network(List<Link> links, List<Node> nodes) {
    this.links = List.copyOf(links);
    this.nodes = List.copyOf(nodes);
  }

  public static Network of(Knowledge k) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (ReportedEvent e : FactGrouper.events(k.events())) {
      List<String> actors = e.actors().stream().distinct().sorted().toList();
      for (int i = 0; i < actors.size(); i++) {
        for (int j = i + 1; j < actors.size(); j++) {
          weights.merge(LinkKind.CO_ACTOR + "\n" + actors.get(i) + "\n" + actors.get(j),
              e.sources().size(), Integer::sum);
        }
      }
    }
    for (ReportedExchange x : FactGrouper.exchanges(k.exchanges())) {
      if (!x.from().equals(x.to())) {
        weights.merge(LinkKind.EXCHANGE + "\n" + x.from() + "\n" + x.to(), x.sources().size(),
            Integer::sum);
      }
    }
    List<Link> links = new ArrayList<>();
    weights.forEach((key, w) -> {
      String[] p = key.split("\n");
      links.add(new Link(p[1], p[2], LinkKind.valueOf(p[0]), w));
    });
    links.sort(Comparator.comparingInt(Link::weight).reversed()
        .thenComparing(Link::a).thenComparing(Link::b));
    return new Network(links, score(links));
  }

  private static List<Node> score(List<Link> links) {
    Graph<String, DefaultWeightedEdge> directed = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    Graph<String, DefaultEdge> undirected = new SimpleGraph<>(DefaultEdge.class);
    Map<String, Integer> degree = new LinkedHashMap<>();
    for (Link l : links) {
      for (String v : List.of(l.a(), l.b())) {
        directed.addVertex(v);
        undirected.addVertex(v);
        degree.merge(v, l.weight(), Integer::sum);
      }
      undirected.addEdge(l.a(), l.b());
      addWeight(directed, l.a(), l.b(), l.weight());
      if (l.kind() == LinkKind.CO_ACTOR) {
        addWeight(directed, l.b(), l.a(), l.weight());
      }
    }
    Map<String, Double> between = new BetweennessCentrality<>(undirected, true).getScores();
    Map<String, Double> rank = directed.vertexSet().isEmpty() ? Map.of()
        : new PageRank<>(directed).getScores();
    List<Node> nodes = new ArrayList<>();
    degree.forEach((v, d) -> nodes.add(new Node(v, d, between.getOrDefault(v, 0.0),
        rank.getOrDefault(v, 0.0))));
    nodes.sort(Comparator.comparingDouble(Node::pageRank).reversed().thenComparing(Node::id));
    return nodes;
  }

  private static void addWeight(Graph<String, DefaultWeightedEdge> g, String a, String b, int w) {
    DefaultWeightedEdge e = g.getEdge(a, b);
    if (e == null) {
      g.setEdgeWeight(g.addEdge(a, b), w);
    } else {
      g.setEdgeWeight(e, g.getEdgeWeight(e) + w);
    }
  }

  /** Links, heaviest first. */
  public List<Link> links() {
    return links;
  }

  /** Entities, by PageRank, highest first. */
  public List<Node> nodes() {
    return nodes;
  }
}
