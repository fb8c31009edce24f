package org.axiswatch.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axiswatch.analysis.FactGrouper;
import org.axiswatch.analysis.KbEntity;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.ReportedEvent;
import org.axiswatch.analysis.ReportedExchange;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.store.StoredHit;
import org.axiswatch.store.StoredMention;

/**
 * What the knowledge base now holds from one document, as resolved across documents: entities by
 * type, the events and exchanges it reports (with every source, and sanctions verdicts), and
 * screening hits. The single-document view is {@link org.axiswatch.outputs.AnalysisText}.
 */
final class FindingsText {
  private FindingsText() {}

  static String write(Knowledge k, String documentId) {
    FactText f = new FactText(k);
    StringBuilder b = new StringBuilder();
    Map<EntityType, Map<String, Long>> byType = new TreeMap<>();
    for (StoredMention m : k.mentions()) {
      if (m.documentId().equals(documentId)) {
        EntityType type = k.entity(m.entityId()).map(KbEntity::type).orElse(m.type());
        byType.computeIfAbsent(type, t -> new TreeMap<>()).merge(m.entityId(), 1L, Long::sum);
      }
    }
    b.append("entities\n");
    if (byType.isEmpty()) {
      b.append("  (none found)\n");
    }
    byType.forEach((type, counts) -> b.append(String.format("  %-8s ", type)).append(counts.entrySet()
        .stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> k.name(e.getKey()) + " ×" + e.getValue()).collect(Collectors.joining(", ")))
        .append('\n'));
    List<ReportedEvent> events = FactGrouper.events(k.events()).stream()
        .filter(e -> e.sources().stream().anyMatch(s -> s.documentId().equals(documentId))).toList();
    b.append("\nevents (").append(events.size()).append(")\n");
    events.forEach(e -> b.append("  ").append(f.event(e)).append('\n'));
    List<ReportedExchange> exchanges = FactGrouper.exchanges(k.exchanges()).stream()
        .filter(x -> x.sources().stream().anyMatch(s -> s.documentId().equals(documentId))).toList();
    b.append("\nexchanges (").append(exchanges.size()).append(")\n");
    exchanges.forEach(x -> b.append("  ").append(f.exchange(x)).append('\n'));
    List<StoredHit> hits = k.hits().stream().filter(h -> h.documentId().equals(documentId)).toList();
    b.append("\nscreening (").append(hits.size()).append(")\n");
    hits.forEach(h -> b.append("  ").append(k.name(h.entityId())).append("  ~ ").append(h.list())
        .append(' ').append(h.ref()).append(' ').append(h.listedName())
        .append(String.format("  %.2f  ", h.score())).append(h.why()).append('\n'));
    return b.toString().stripTrailing();
  }
}
