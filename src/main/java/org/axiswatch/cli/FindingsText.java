package org.axiswatch.cli;

import java.util.List;
import org.axiswatch.analysis.FactGrouper;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.ReportedEvent;
import org.axiswatch.analysis.ReportedExchange;
import org.axiswatch.store.StoredHit;

/**
 * What the knowledge base now holds from one document, as resolved across documents: the events
 * and exchanges it reports, each with every document that reports it and the sanctions verdicts,
 * and screening hits on its entities. The single-document view (metadata, outline, entities by
 * type) is {@link org.axiswatch.outputs.AnalysisText}.
 */
final class FindingsText {
  private FindingsText() {}

  static String write(Knowledge k, String documentId) {
    FactText f = new FactText(k);
    StringBuilder b = new StringBuilder();
    b.append("in the knowledge base (each fact with every document that reports it)\n");
    List<ReportedEvent> events = FactGrouper.events(k.events()).stream()
        .filter(e -> e.sources().stream().anyMatch(s -> s.documentId().equals(documentId))).toList();
    b.append("events (").append(events.size()).append(")\n");
    events.forEach(e -> b.append("  ").append(f.event(e)).append('\n'));
    List<ReportedExchange> exchanges = FactGrouper.exchanges(k.exchanges()).stream()
        .filter(x -> x.sources().stream().anyMatch(s -> s.documentId().equals(documentId))).toList();
    b.append("\nexchanges (").append(exchanges.size()).append(")\n");
    exchanges.forEach(x -> b.append("  ").append(f.exchange(x)).append('\n'));
    List<StoredHit> hits = k.hits().stream().filter(h -> h.documentId().equals(documentId)).toList();
    b.append("\nscreening (").append(hits.size()).append(")\n");
    hits.forEach(h -> b.append("  ").append(k.name(h.entityId())).append("  ~ ").append(h.list())
        .append(' ').append(h.ref()).append(' ').append(h.listedName())
        .append(String.format("  %.2f  ", h.score())).append(FactText.shorten(h.why(), 120))
        .append('\n'));
    return b.toString().stripTrailing();
  }
}
