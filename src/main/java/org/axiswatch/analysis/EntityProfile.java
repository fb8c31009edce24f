package org.axiswatch.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axiswatch.store.StoredHit;
import org.axiswatch.store.StoredMention;

/**
 * Everything the knowledge base holds on one entity: its forms, its mentions per document, the
 * events and exchanges it is a party to (exchanges with their sanctions verdicts), and screening
 * hits on it.
 */
public record EntityProfile(KbEntity entity, Map<String, List<StoredMention>> mentionsByDocument,
    List<ReportedEvent> events, List<ReportedExchange> exchanges, List<StoredHit> hits) {
  public EntityProfile {
    Objects.requireNonNull(entity, "entity");
    mentionsByDocument = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mentionsByDocument));
    events = List.copyOf(events);
    exchanges = List.copyOf(exchanges);
    hits = List.copyOf(hits);
  }

  public static EntityProfile of(Knowledge k, KbEntity entity) {
    String id = entity.id();
    Map<String, List<StoredMention>> byDoc = new LinkedHashMap<>();
    k.mentions().stream().filter(m -> m.entityId().equals(id)).forEach(m ->
        byDoc.computeIfAbsent(m.documentId(), d -> new java.util.ArrayList<>()).add(m));
    List<ReportedEvent> events = FactGrouper.events(k.events()).stream()
        .filter(e -> e.actors().contains(id)
            || e.sources().stream().anyMatch(s -> id.equals(s.place())))
        .toList();
    List<ReportedExchange> exchanges = FactGrouper.exchanges(k.exchanges()).stream()
        .filter(x -> x.from().equals(id) || x.to().equals(id)).toList();
    List<StoredHit> hits = k.hits().stream().filter(h -> h.entityId().equals(id)).toList();
    return new EntityProfile(entity, byDoc, events, exchanges, hits);
  }
}
