package org.axiswatch.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Sentence;

/**
 * Everything found across a set of documents, each fact with its provenance: what the brief and
 * the exports are written from. Entities are merged by id across documents (forms unioned).
 */
public record Findings(
    List<DocumentRef> documents, List<Entity> entities, List<EventFinding> events,
    List<ExchangeFinding> exchanges, List<ClaimFinding> claims, List<HitFinding> screening) {

  public Findings {
    documents = List.copyOf(documents);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    exchanges = List.copyOf(exchanges);
    claims = List.copyOf(claims);
    screening = List.copyOf(screening);
  }

  /** Gathers analysed documents; a part whose stage did not run contributes nothing. */
  public static Findings of(List<AnalyzedDocument> docs) {
    return of(docs, EntityIds.AS_IS);
  }

  /**
   * Gathers analysed documents, giving each entity the id it has across documents (for stored
   * documents, the knowledge base's resolution with the analyst's merges and splits).
   */
  public static Findings of(List<AnalyzedDocument> docs, EntityIds ids) {
    Map<String, DocumentRef> documents = new LinkedHashMap<>();
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<EventFinding> events = new ArrayList<>();
    List<ExchangeFinding> exchanges = new ArrayList<>();
    List<ClaimFinding> claims = new ArrayList<>();
    List<HitFinding> hits = new ArrayList<>();
    for (AnalyzedDocument doc : docs) {
      SourceDocument src = doc.get(SourceDocument.KEY);
      if (documents.containsKey(src.id())) {
        continue; // the same bytes twice: one document
      }
      DocumentInfo info = doc.find(DocumentInfo.KEY)
          .orElse(new DocumentInfo(Language.OTHER, null, null, null));
      String docId = src.id();
      List<Entity> docEntities = doc.find(Entity.KEY).orElse(List.<Entity>of()).stream()
          .map(e -> ids.entity(docId, e)).toList();
      documents.put(src.id(), new DocumentRef(src.id(), info.title(), info.date(),
          info.language(), info.author(), src.fileName(),
          docEntities.stream().map(Entity::id).distinct().toList()));
      docEntities.forEach(e -> entities.merge(e.id(), e, Findings::merge));
      List<Sentence> sentences = doc.find(Sentence.KEY).orElse(List.of());
      for (Event e : doc.find(Event.KEY).orElse(List.<Event>of()).stream()
          .map(e -> ids.event(docId, e)).toList()) {
        events.add(new EventFinding(e, provenance(src.id(), sentences, e.span(), e.text())));
      }
      List<Exchange> xs = doc.find(Exchange.KEY).orElse(List.<Exchange>of()).stream()
          .map(x -> ids.exchange(docId, x)).toList();
      Map<Integer, Decision> decisions = new LinkedHashMap<>();
      doc.find(Decision.KEY).orElse(List.of()).forEach(d -> decisions.put(d.exchange(), d));
      for (int i = 0; i < xs.size(); i++) {
        Exchange x = xs.get(i);
        exchanges.add(new ExchangeFinding(x, decisions.get(i), info.date(),
            provenance(src.id(), sentences, x.span(), x.text())));
      }
      for (Claim c : doc.find(Claim.KEY).orElse(List.<Claim>of()).stream()
          .map(c -> ids.claim(docId, c)).toList()) {
        claims.add(new ClaimFinding(c, provenance(src.id(), sentences, c.span(), c.text())));
      }
      for (ScreeningHit h : doc.find(ScreeningHit.KEY).orElse(List.of())) {
        hits.add(new HitFinding(ids.hit(docId, h), src.id()));
      }
    }
    return new Findings(List.copyOf(documents.values()), List.copyOf(entities.values()),
        events, exchanges, claims, hits);
  }

  static Provenance provenance(String docId, List<Sentence> sentences, Span span, String text) {
    int index = -1;
    for (Sentence s : sentences) {
      if (s.span().contains(span.start())) {
        index = s.index();
        break;
      }
    }
    return new Provenance(docId, span, index, text);
  }

  private static Entity merge(Entity a, Entity b) {
    Set<String> names = new LinkedHashSet<>(a.names());
    names.addAll(b.names());
    return new Entity(a.id(), a.type(), a.name(), List.copyOf(names),
        a.code() != null ? a.code() : b.code(), a.wikidata() != null ? a.wikidata() : b.wikidata(),
        a.origin());
  }

  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  public Optional<DocumentRef> document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * Resolves a topic part to an entity: by id, English name or any form, ignoring case.
   *
   * @return the entity, or empty when no entity is named so
   */
  public Optional<Entity> resolve(String part) {
    String f = Selection.fold(part);
    for (Entity e : entities) {
      if (Selection.fold(e.id()).equals(f) || Selection.fold(e.name()).equals(f)
          || e.names().stream().anyMatch(n -> Selection.fold(n).equals(f))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The findings a selection keeps: documents naming every topic entity, and of those the facts
   * whose date (or, undated, the document's date) meets the range; undated facts in undated
   * documents are kept, since nothing says they fall outside.
   *
   * @throws IllegalArgumentException when a topic part names no entity
   */
  public Findings select(Selection sel) {
    Set<String> topic = new HashSet<>();
    for (String part : sel.topicParts()) {
      topic.add(resolve(part).orElseThrow(() -> new IllegalArgumentException(
          "topic \"" + part + "\" names no entity in the findings")).id());
    }
    Map<String, DocumentRef> docs = new LinkedHashMap<>();
    for (DocumentRef d : documents) {
      if (d.entities().containsAll(topic)) {
        docs.put(d.id(), d);
      }
    }
    List<EventFinding> ev = events.stream()
        .filter(e -> keep(sel, docs, e.source(), e.event().date())).toList();
    List<ExchangeFinding> ex = exchanges.stream()
        .filter(x -> keep(sel, docs, x.source(), x.date())).toList();
    List<ClaimFinding> cl = claims.stream()
        .filter(c -> keep(sel, docs, c.source(), c.claim().date())).toList();
    List<HitFinding> hits = screening.stream()
        .filter(h -> docs.containsKey(h.documentId())).toList();
    Set<String> used = new HashSet<>();
    docs.values().forEach(d -> used.addAll(d.entities()));
    List<Entity> ents = entities.stream().filter(e -> used.contains(e.id())).toList();
    return new Findings(List.copyOf(docs.values()), ents, ev, ex, cl, hits);
  }

  private static boolean keep(
      Selection sel, Map<String, DocumentRef> docs, Provenance p, PartialDate date) {
    DocumentRef d = docs.get(p.documentId());
    if (d == null) {
      return false;
    }
    PartialDate when = date != null ? date : d.date();
    if (when == null) {
      return true;
    }
    LocalDate from = sel.from();
    LocalDate to = sel.to();
    return (from == null || !when.last().isBefore(from)) && (to == null || !when.first().isAfter(to));
  }

  /** The entity ids named by the topic of a selection, in order; unresolved parts are skipped. */
  public List<Entity> topicEntities(Selection sel) {
    List<Entity> out = new ArrayList<>();
    for (String part : sel.topicParts()) {
      resolve(part).filter(e -> !out.contains(e)).ifPresent(out::add);
    }
    return out;
  }

  /** The same findings with these claims (graded on read, for instance). */
  public Findings withClaims(List<ClaimFinding> graded) {
    return new Findings(documents, entities, events, exchanges, graded, screening);
  }

  public boolean isEmpty() {
    return events.isEmpty() && exchanges.isEmpty() && claims.isEmpty() && screening.isEmpty();
  }
}
