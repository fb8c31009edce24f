package org.axiswatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axiswatch.mentions.Entity;
import org.axiswatch.web.Views.EventFilter;
import org.axiswatch.web.Views.EventRow;
import org.axiswatch.web.Views.LedgerRow;
import org.axiswatch.web.Views.NetworkLink;
import org.axiswatch.web.Views.NetworkNode;

/**
 * The network of who deals with whom: an exchange links giver to receiver (one link per
 * category), an event links its actors pairwise. Asked for one entity, only its own links.
 */
final class NetworkFold {
  private final KnowledgeFold fold;
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Map<String, NetworkLink> links = new LinkedHashMap<>();

  NetworkFold(KnowledgeFold fold) {
    this.fold = fold;
  }

  Views.Network build(String entity) {
    for (LedgerRow r : fold.ledger(null)) {
      link(r.exchange().from(), r.exchange().to(), "exchange", r.exchange().category().name(), entity);
    }
    for (EventRow r : fold.events(new EventFilter(null, null, null, null))) {
      List<String> actors = r.event().actors().stream().distinct().toList();
      for (int i = 0; i < actors.size(); i++) {
        for (int j = i + 1; j < actors.size(); j++) {
          link(actors.get(i), actors.get(j), "event", r.event().type().name(), entity);
        }
      }
    }
    List<NetworkNode> nodes = new ArrayList<>();
    counts.forEach((id, n) -> {
      Entity e = fold.entities().get(id);
      nodes.add(new NetworkNode(id, e == null ? id : e.name(), e == null ? null : e.type().name(), n[0]));
    });
    return new Views.Network(nodes, List.copyOf(links.values()));
  }

  private void link(String a, String b, String kind, String label, String entity) {
    if (a == null || b == null || a.equals(b)
        || (entity != null && !entity.equals(a) && !entity.equals(b))) {
      return;
    }
    counts.computeIfAbsent(a, x -> new int[1])[0]++;
    counts.computeIfAbsent(b, x -> new int[1])[0]++;
    String key = kind + "|" + a + "|" + b + "|" + label;
    NetworkLink old = links.get(key);
    links.put(key, new NetworkLink(a, b, kind, label, old == null ? 1 : old.count() + 1));
  }
}
