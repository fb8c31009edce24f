package org.axiswatch.analysis;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axiswatch.resolve.FormNormalizer;
import org.axiswatch.resolve.IdentityMap;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoredEntity;
import org.axiswatch.store.StoredEvent;
import org.axiswatch.store.StoredExchange;
import org.axiswatch.store.StoredHit;
import org.axiswatch.store.StoredMention;

/**
 * The knowledge base read once with the analyst's merge and split decisions applied: every id in
 * here is the entity the analyst means. Timeline, network and entity profiles work from this.
 */
public final class Knowledge {
  private final Map<String, KbEntity> entities;
  private final List<StoredMention> mentions;
  private final List<StoredEvent> events;
  private final List<StoredExchange> exchanges;
  private final List<StoredHit> hits;
  private final Map<String, String> documentLabels;

  Knowledge(Map<String, KbEntity> entities, List<StoredMention> mentions, List<StoredEvent> events,
      List<StoredExchange> exchanges, List<StoredHit> hits, Map<String, String> documentLabels) {
    this.entities = Map.copyOf(entities);
    this.mentions = List.copyOf(mentions);
    this.events = List.copyOf(events);
    this.exchanges = List.copyOf(exchanges);
    this.hits = List.copyOf(hits);
    this.documentLabels = Map.copyOf(documentLabels);
  }

  public static Knowledge read(KnowledgeBase kb) throws SQLException {
    IdentityMap map = kb.identityMap();
    List<StoredEntity> stored = kb.entities();
    Map<String, StoredEntity> byId = new LinkedHashMap<>();
    stored.forEach(e -> byId.put(e.id(), e));
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    Map<String, StoredEntity> origin = new LinkedHashMap<>();
    for (StoredEntity e : stored) {
      for (String form : e.forms().isEmpty() ? List.of(e.name()) : e.forms()) {
        String target = map.forForm(e.id(), form);
        forms.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(form);
        origin.putIfAbsent(target, e);
      }
    }
    Map<String, KbEntity> entities = new LinkedHashMap<>();
    forms.forEach((id, f) -> {
      StoredEntity own = byId.get(id);
      StoredEntity from = own != null ? own : origin.get(id);
      entities.put(id, new KbEntity(id, from.type(), own != null ? own.name() : f.iterator().next(),
          own != null ? own.code() : null, new ArrayList<>(f)));
    });
    List<StoredMention> mentions = kb.mentions().stream().map(m -> new StoredMention(m.documentId(),
        m.ordinal(), map.forMention(m.entityId(), m.text()), m.type(), m.text(), m.span())).toList();
    List<StoredEvent> events = events(kb, map);
    List<StoredExchange> exchanges = exchanges(kb, map);
    List<StoredHit> hits = kb.screeningHits().stream().map(h -> new StoredHit(h.documentId(),
        map.inDocument(h.documentId(), h.entityId()), h.list(), h.ref(), h.listedName(), h.score(),
        h.why())).toList();
    return new Knowledge(entities, mentions, events, exchanges, hits, kb.documentLabels());
  }

  /** Every stored event report, parties under the ids the analyst's decisions give them. */
  static List<StoredEvent> events(KnowledgeBase kb, IdentityMap map) throws SQLException {
    return kb.events().stream().map(e -> new StoredEvent(e.documentId(),
        e.ordinal(), e.type(), e.date(),
        e.actors().stream().map(a -> map.inDocument(e.documentId(), a)).toList(),
        e.place() == null ? null : map.inDocument(e.documentId(), e.place()), e.span(), e.text()))
        .toList();
  }

  /** Every stored exchange report, parties under the ids the analyst's decisions give them. */
  static List<StoredExchange> exchanges(KnowledgeBase kb, IdentityMap map) throws SQLException {
    return kb.exchanges().stream().map(x -> new StoredExchange(
        x.documentId(), x.ordinal(), map.inDocument(x.documentId(), x.from()),
        map.inDocument(x.documentId(), x.to()), x.category(), x.item(), x.status(), x.quantity(),
        x.date(), x.dateBasis(), x.span(), x.text(), x.verdict(), x.provisions())).toList();
  }

  public Optional<KbEntity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /** A display name for an id (the id itself when no entity record has it). */
  public String name(String id) {
    KbEntity e = entities.get(id);
    return e == null ? id : e.name();
  }

  /**
   * Entities a query names: the id itself, else every entity with a form whose normalized key
   * equals the query's, else every one whose key contains it.
   */
  public List<KbEntity> find(String query) {
    if (entities.containsKey(query)) {
      return List.of(entities.get(query));
    }
    String key = FormNormalizer.normalize(query);
    if (key.isEmpty()) {
      return List.of();
    }
    List<KbEntity> exact = entities.values().stream().filter(e -> e.forms().stream()
        .anyMatch(f -> FormNormalizer.normalize(f).equals(key))).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    return entities.values().stream().filter(e -> e.forms().stream()
        .anyMatch(f -> FormNormalizer.normalize(f).contains(key))).toList();
  }

  public List<StoredMention> mentions() {
    return mentions;
  }

  public List<StoredEvent> events() {
    return events;
  }

  public List<StoredExchange> exchanges() {
    return exchanges;
  }

  public List<StoredHit> hits() {
    return hits;
  }

  public String documentLabel(String documentId) {
    return documentLabels.getOrDefault(documentId, documentId);
  }
}
