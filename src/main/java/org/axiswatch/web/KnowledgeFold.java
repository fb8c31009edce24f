package org.axiswatch.web;

import static org.axiswatch.web.MemoryWorkbench.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.search.SearchDocument;
import org.axiswatch.search.SearchDocuments;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.web.Views.Appearance;
import org.axiswatch.web.Views.ClaimRow;
import org.axiswatch.web.Views.EntityView;
import org.axiswatch.web.Views.EventFilter;
import org.axiswatch.web.Views.EventRow;
import org.axiswatch.web.Views.LedgerRow;
import org.axiswatch.web.Views.ScreeningRequest;
import org.axiswatch.web.Views.ScreeningRow;
import org.axiswatch.web.Views.SearchHit;
import org.axiswatch.web.Views.SearchQuery;
import org.axiswatch.web.Views.SearchResult;

/**
 * Answers questions across a snapshot of analysed documents: one entity across documents (ids
 * are stable across documents by the entity-id scheme, then the analyst's merges and splits
 * apply), the timeline, the ledger, claims and search. Built per request: the in-memory workbench
 * is for small corpora, the store answers the same questions with indexes.
 */
final class KnowledgeFold {
  private final List<AnalyzedDocument> docs;
  private final EntityEdits edits;
  private final Map<String, Entity> entities = new LinkedHashMap<>();

  KnowledgeFold(List<AnalyzedDocument> docs, EntityEdits edits) {
    this.docs = docs;
    this.edits = edits;
    for (AnalyzedDocument d : docs) {
      for (Entity e : list(d, Entity.KEY)) {
        entities.merge(edits.canonical(e.id()), e, KnowledgeFold::union);
      }
    }
    for (String id : List.copyOf(entities.keySet())) {
      Entity e = entities.get(id);
      Set<String> moved = new LinkedHashSet<>();
      edits.splitNames(id).forEach((newId, names) -> {
        moved.addAll(names);
        entities.put(newId, new Entity(newId, e.type(), names.get(0), names, null, null, "analyst"));
      });
      if (!moved.isEmpty()) {
        List<String> kept = e.names().stream().filter(n -> !moved.contains(n)).toList();
        entities.put(id, new Entity(id, e.type(), e.name(), kept, e.code(), e.wikidata(), e.origin()));
      }
    }
  }

  private static Entity union(Entity a, Entity b) {
    Set<String> names = new LinkedHashSet<>(a.names());
    names.addAll(b.names());
    names.add(b.name());
    return new Entity(a.id(), a.type(), a.name(), List.copyOf(names),
        a.code() != null ? a.code() : b.code(), a.wikidata() != null ? a.wikidata() : b.wikidata(),
        a.origin());
  }

  String nameOf(String id) {
    Entity e = id == null ? null : entities.get(edits.canonical(id));
    return e == null ? id : e.name();
  }

  List<Entity> entitiesOf(String docId) {
    Set<String> ids = new LinkedHashSet<>();
    for (AnalyzedDocument d : docs) {
      if (id(d).equals(docId)) {
        list(d, Entity.KEY).forEach(e -> ids.add(edits.canonical(e.id())));
        list(d, Mention.KEY).forEach(m -> ids.add(edits.resolve(m.entity(), m.text())));
      }
    }
    return ids.stream().map(entities::get).filter(Objects::nonNull).toList();
  }

  Optional<EntityView> entity(String requested) {
    String id = edits.canonical(requested);
    Entity e = entities.get(id);
    if (e == null) {
      return Optional.empty();
    }
    List<Appearance> seen = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      long n = list(d, Mention.KEY).stream()
          .filter(m -> id.equals(edits.resolve(m.entity(), m.text()))).count();
      boolean listed = list(d, Entity.KEY).stream().anyMatch(x -> id.equals(edits.canonical(x.id())));
      if (n > 0 || listed) {
        seen.add(new Appearance(id(d), MemoryWorkbench.summary(d).title(), (int) n));
      }
    }
    List<String> from = new ArrayList<>(edits.absorbedInto(id));
    String source = edits.splitSource(id);
    if (source != null) {
      from.add(source);
    }
    return Optional.of(new EntityView(e, from, seen, events(new EventFilter(id, null, null, null)),
        ledger(id), screening(new ScreeningRequest(null, false, null, null)).stream()
            .filter(r -> id.equals(edits.canonical(r.hit().entity()))).toList()));
  }

  List<EventRow> events(EventFilter f) {
    List<EventRow> rows = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      for (Event e : list(d, Event.KEY)) {
        List<String> actors = e.actors().stream().map(edits::canonical).toList();
        String place = edits.canonical(e.place());
        boolean involves = f.entity() == null || actors.contains(edits.canonical(f.entity()))
            || edits.canonical(f.entity()).equals(place);
        if (involves && within(e.date(), f.from(), f.to())
            && (f.type() == null || e.type().name().equalsIgnoreCase(f.type()))) {
          Views.EventFact resolved = new Views.EventFact(e.type(), e.date(), actors, place, e.span(), e.text(), e.plover());
          rows.add(new EventRow(id(d), resolved, actors.stream().map(this::nameOf).toList(),
              place == null ? null : nameOf(place)));
        }
      }
    }
    rows.sort(Comparator.comparing((EventRow r) -> r.event().date(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    return rows;
  }

  List<LedgerRow> ledger(String entity) {
    String who = edits.canonical(entity);
    List<LedgerRow> rows = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      List<Exchange> xs = list(d, Exchange.KEY);
      Map<Integer, Decision> byIndex = new LinkedHashMap<>();
      list(d, Decision.KEY).forEach(c -> byIndex.put(c.exchange(), c));
      for (int i = 0; i < xs.size(); i++) {
        Exchange x = xs.get(i);
        String from = edits.canonical(x.from());
        String to = edits.canonical(x.to());
        if (who == null || who.equals(from) || who.equals(to)) {
          Exchange resolved = new Exchange(from, to, x.category(), x.item(), x.status(),
              x.quantity(), x.span(), x.text());
          rows.add(new LedgerRow(id(d), i, resolved, nameOf(from), nameOf(to), byIndex.get(i)));
        }
      }
    }
    return rows;
  }

  List<ClaimRow> claims(String entity) {
    String who = edits.canonical(entity);
    List<ClaimRow> rows = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      for (Claim c : list(d, Claim.KEY)) {
        if (who == null || who.equals(edits.canonical(c.source()))) {
          rows.add(new ClaimRow(id(d), c, c.source() == null ? null : nameOf(c.source()), null));
        }
      }
    }
    return rows;
  }

  Views.Network network(String entity) {
    return new NetworkFold(this).build(edits.canonical(entity));
  }

  List<ScreeningRow> screening(ScreeningRequest request) {
    String name = request.name() == null ? null : request.name().trim().toLowerCase(Locale.ROOT);
    List<ScreeningRow> rows = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      for (ScreeningHit h : list(d, ScreeningHit.KEY)) {
        String entityName = nameOf(h.entity());
        Entity e = entities.get(edits.canonical(h.entity()));
        boolean asked = name == null || h.listedName().toLowerCase(Locale.ROOT).contains(name)
            || (e != null && e.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(name)));
        if (asked) {
          rows.add(new ScreeningRow(id(d), entityName, h));
        }
      }
    }
    return rows;
  }

  SearchResult search(SearchQuery q) {
    FragmentCutter cutter = new FragmentCutter(q.text());
    List<SearchHit> hits = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      Views.DocumentSummary s = MemoryWorkbench.summary(d);
      String text = d.get(SourceDocument.KEY).original();
      SearchDocument indexed = SearchDocuments.of(d);
      if (cutter.isEmpty()
          || (q.type() != null && !indexed.types().contains(q.type()))
          || (q.source() != null && !indexed.sources().contains(q.source())) || !cutter.matchesAll(text)
          || (q.language() != null && !q.language().equals(s.language()))
          || !within(s.date(), q.from(), q.to())
          || (q.entity() != null && entity(q.entity()).stream()
              .noneMatch(v -> v.documents().stream().anyMatch(a -> a.document().equals(s.id()))))) {
        continue;
      }
      double score = cutter.matches(text).size() / Math.sqrt(1 + text.length() / 1000.0);
      hits.add(new SearchHit(s.id(), s.title(), s.fileName(), s.date(), s.language(), score,
          cutter.fragments(text, 3)));
    }
    hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
    return new SearchResult(q.text(), hits.size(), hits.stream().limit(q.limit()).toList());
  }

  Map<String, Entity> entities() {
    return entities;
  }

  List<AnalyzedDocument> documents() {
    return docs;
  }

  EntityEdits edits() {
    return edits;
  }

  /** An undated item passes only when no range is asked for. */
  static boolean within(PartialDate date, PartialDate from, PartialDate to) {
    if (from == null && to == null) {
      return true;
    }
    return date != null && (from == null || !date.last().isBefore(from.first()))
        && (to == null || !date.first().isAfter(to.last()));
  }

  private static String id(AnalyzedDocument d) {
    return d.get(SourceDocument.KEY).id();
  }
}
