package org.axiswatch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axiswatch.analysis.ClaimFinding;
import org.axiswatch.analysis.EntityProfile;
import org.axiswatch.analysis.KbEntity;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.StoredFindings;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.resolve.IdentityMap;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.store.StoredDocument;
import org.axiswatch.store.StoredEvent;
import org.axiswatch.store.StoredExchange;
import org.axiswatch.store.StoredHit;
import org.axiswatch.structure.Outline;
import org.axiswatch.web.Views.Appearance;
import org.axiswatch.web.Views.ClaimRow;
import org.axiswatch.web.Views.DocumentSummary;
import org.axiswatch.web.Views.DocumentView;
import org.axiswatch.web.Views.EntityView;
import org.axiswatch.web.Views.EventFact;
import org.axiswatch.web.Views.EventFilter;
import org.axiswatch.web.Views.EventRow;
import org.axiswatch.web.Views.LedgerRow;
import org.axiswatch.web.Views.ScreeningRequest;
import org.axiswatch.web.Views.ScreeningRow;

/**
 * The store's records as the API's views: ids as the analyst sees them (the identity map
 * applied), display names beside ids.
 */
final class StoreViews {
  private StoreViews() {}

  static DocumentSummary summary(org.axiswatch.store.DocumentSummary d) {
    return new DocumentSummary(d.id(), d.fileName(), null, d.language(), d.date(),
        d.title() == null ? d.fileName() : d.title(), d.author(), null, d.mentions(), d.events(),
        d.exchanges());
  }

  /**
   * @param graded the document's claims as {@link StoredFindings#claims} grades them against the
   *     knowledge base
   */
  static DocumentView document(StoredDocument stored, Knowledge k, IdentityMap map,
      List<ClaimFinding> graded) {
    AnalyzedDocument a = stored.analysis();
    String doc = stored.id();
    Map<String, String> kb = stored.entityIds();
    SourceDocument source = a.get(SourceDocument.KEY);
    List<Mention> mentions = MemoryWorkbench.list(a, Mention.KEY).stream().map(m -> new Mention(
        m.type(), m.span(), m.text(), m.entity() == null ? null
            : map.forMention(kb.getOrDefault(m.entity(), m.entity()), m.text()), m.value(), m.origin()))
        .toList();
    Set<String> ids = new LinkedHashSet<>();
    mentions.forEach(m -> ids.add(m.entity()));
    MemoryWorkbench.list(a, Entity.KEY).forEach(e -> ids.add(fact(map, kb, doc, e.id())));
    List<Entity> entities = ids.stream().filter(i -> i != null && k.entity(i).isPresent())
        .map(i -> entity(k.entity(i).get())).toList();
    List<Event> events = MemoryWorkbench.list(a, Event.KEY).stream().map(e -> new Event(e.type(),
        e.date(), e.actors().stream().map(x -> fact(map, kb, doc, x)).toList(),
        fact(map, kb, doc, e.place()), e.span(), e.text(), e.plover())).toList();
    List<Exchange> exchanges = MemoryWorkbench.list(a, Exchange.KEY).stream().map(x -> new Exchange(
        fact(map, kb, doc, x.from()), fact(map, kb, doc, x.to()), x.category(), x.item(), x.status(),
        x.quantity(), x.span(), x.text())).toList();
    List<ScreeningHit> hits = MemoryWorkbench.list(a, ScreeningHit.KEY).stream().map(h -> new ScreeningHit(
        fact(map, kb, doc, h.entity()), h.list(), h.ref(), h.listedName(), h.score(), h.why())).toList();
    DocumentSummary s = MemoryWorkbench.summary(a);
    List<Graded> claims = graded(stored, graded);
    return new DocumentView(s, source.original(),
        a.find(Outline.KEY).map(Outline::roots).orElse(List.of()), mentions, entities, events,
        exchanges, claims.stream().map(Graded::claim).toList(),
        claims.stream().map(Graded::reason).collect(Collectors.toList()),
        MemoryWorkbench.list(a, Decision.KEY), hits);
  }

  /** A stored claim with the credibility read from the knowledge base, and why. */
  private record Graded(Claim claim, String reason) {}

  /**
   * The stored claims with their grades: {@link StoredFindings} lists a document's claims in the
   * order it stores them; a claim it does not list keeps the value extracted.
   */
  private static List<Graded> graded(StoredDocument stored, List<ClaimFinding> graded) {
    List<Claim> claims = MemoryWorkbench.list(stored.analysis(), Claim.KEY);
    List<Graded> out = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      ClaimFinding g = i < graded.size() ? graded.get(i) : null;
      if (g == null || !g.claim().span().equals(c.span())) {
        out.add(new Graded(c, null));
      } else {
        out.add(new Graded(new Claim(c.kind(), c.source(), c.date(), c.text(), c.span(),
            c.estimative(), c.reliability(), g.claim().credibility()), g.credibilityReason()));
      }
    }
    return out;
  }

  /** The entity a document-local id stands for in the knowledge base, after the analyst's decisions. */
  private static String fact(IdentityMap map, Map<String, String> kb, String doc, String local) {
    return local == null ? null : map.inDocument(doc, kb.getOrDefault(local, local));
  }

  static Entity entity(KbEntity e) {
    return new Entity(e.id(), e.type(), e.name(), e.forms(), e.code(), null, "knowledge base");
  }

  static EntityView entity(EntityProfile p, Knowledge k, IdentityMap map) {
    String id = p.entity().id();
    List<String> from = new ArrayList<>();
    for (AnalystDecision d : map.decisions()) {
      if (d.kind() == AnalystDecision.Kind.MERGE && d.entity().equals(id)) {
        from.add(d.other());
      } else if (d.kind() == AnalystDecision.Kind.SPLIT && d.other().equals(id)) {
        from.add(d.entity());
      }
    }
    List<Appearance> seen = new ArrayList<>();
    p.mentionsByDocument().forEach((doc, ms) -> seen.add(new Appearance(doc, k.documentLabel(doc), ms.size())));
    List<EventRow> events = p.events().stream().flatMap(e -> e.sources().stream())
        .map(e -> eventRow(e, k)).sorted(BY_DATE).toList();
    List<LedgerRow> exchanges = p.exchanges().stream().flatMap(x -> x.sources().stream())
        .map(x -> ledgerRow(x, k)).toList();
    List<ScreeningRow> hits = p.hits().stream().map(h -> screeningRow(h, k)).toList();
    return new EntityView(entity(p.entity()), from, seen, events, exchanges, hits);
  }

  private static final Comparator<EventRow> BY_DATE = Comparator.comparing(
      (EventRow r) -> r.event().date(), Comparator.nullsLast(Comparator.naturalOrder()));

  static List<EventRow> events(Knowledge k, EventFilter f) {
    return k.events().stream()
        .filter(e -> f.entity() == null || e.actors().contains(f.entity()) || f.entity().equals(e.place()))
        .filter(e -> KnowledgeFold.within(e.date(), f.from(), f.to()))
        .filter(e -> f.type() == null || e.type().name().equalsIgnoreCase(f.type()))
        .map(e -> eventRow(e, k)).sorted(BY_DATE).toList();
  }

  static EventRow eventRow(StoredEvent e, Knowledge k) {
    return new EventRow(e.documentId(), new EventFact(e.type(), e.date(), e.actors(), e.place(),
        e.span(), e.text(), null), e.actors().stream().map(k::name).toList(),
        e.place() == null ? null : k.name(e.place()));
  }

  static List<LedgerRow> ledger(Knowledge k, String entity) {
    return k.exchanges().stream()
        .filter(x -> entity == null || entity.equals(x.from()) || entity.equals(x.to()))
        .map(x -> ledgerRow(x, k)).toList();
  }

  static LedgerRow ledgerRow(StoredExchange x, Knowledge k) {
    Exchange e = new Exchange(x.from(), x.to(), x.category(), x.item(), x.status(), x.quantity(),
        x.span(), x.text());
    Decision d = x.verdict() == null ? null
        : new Decision(x.ordinal(), x.verdict(), x.provisions(), "");
    return new LedgerRow(x.documentId(), x.ordinal(), e, k.name(x.from()), k.name(x.to()), d);
  }

  /** @param graded the document's claims as {@link StoredFindings#claims} grades them */
  static List<ClaimRow> claims(StoredDocument stored, Knowledge k, IdentityMap map, String entity,
      List<ClaimFinding> graded) {
    List<ClaimRow> rows = new ArrayList<>();
    for (Graded g : graded(stored, graded)) {
      Claim c = g.claim();
      String source = fact(map, stored.entityIds(), stored.id(), c.source());
      if (entity == null || entity.equals(source)) {
        rows.add(new ClaimRow(stored.id(), c, source == null ? null : k.name(source), g.reason()));
      }
    }
    return rows;
  }

  static Views.Network network(Knowledge k, String entity) {
    org.axiswatch.analysis.Network n = org.axiswatch.analysis.Network.of(k);
    List<Views.NetworkLink> links = n.links().stream()
        .filter(l -> entity == null || entity.equals(l.a()) || entity.equals(l.b()))
        .map(l -> new Views.NetworkLink(l.a(), l.b(),
            l.kind() == org.axiswatch.analysis.Network.LinkKind.EXCHANGE ? "exchange" : "event",
            l.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), l.weight()))
        .toList();
    Set<String> linked = new LinkedHashSet<>();
    links.forEach(l -> {
      linked.add(l.source());
      linked.add(l.target());
    });
    List<Views.NetworkNode> nodes = n.nodes().stream().filter(x -> linked.contains(x.id()))
        .map(x -> new Views.NetworkNode(x.id(), k.name(x.id()),
            k.entity(x.id()).map(e -> e.type().name()).orElse(null), x.degree()))
        .toList();
    return new Views.Network(nodes, links);
  }

  static List<ScreeningRow> screening(Knowledge k, ScreeningRequest request) {
    String name = request.name() == null ? null : request.name().strip().toLowerCase(Locale.ROOT);
    return k.hits().stream().filter(h -> name == null
            || h.listedName().toLowerCase(Locale.ROOT).contains(name)
            || k.entity(h.entityId()).map(e -> e.forms().stream()
                .anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(name))).orElse(false))
        .map(h -> screeningRow(h, k)).toList();
  }

  static ScreeningRow screeningRow(StoredHit h, Knowledge k) {
    return new ScreeningRow(h.documentId(), k.name(h.entityId()), new ScreeningHit(h.entityId(),
        h.list(), h.ref(), h.listedName(), h.score(), h.why()));
  }
}
