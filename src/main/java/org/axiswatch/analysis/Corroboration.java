package org.axiswatch.analysis;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axiswatch.facts.ClaimKind;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.store.StoredEvent;
import org.axiswatch.store.StoredExchange;

/**
 * Grades each claim's information credibility (Admiralty 1..6) by how other documents in the
 * knowledge base report the fact the claim carries. Computed on read: what ingest stored is never
 * changed, and the grade moves as documents arrive. Rules and wording: analysis/credibility.yaml.
 */
public final class Corroboration {
  private final CredibilityScale scale;
  private final Map<String, List<StoredEvent>> eventsByDocument = new HashMap<>();
  private final Map<String, List<StoredExchange>> exchangesByDocument = new HashMap<>();
  private final Map<String, List<StoredEvent>> eventGroups = new HashMap<>();
  private final Map<String, List<StoredExchange>> exchangeGroups = new HashMap<>();
  private final Map<String, List<ClaimFinding>> claimsByDocument = new HashMap<>();
  private final Map<String, DocumentRef> documents = new HashMap<>();

  /**
   * @param events every stored event report, parties as knowledge-base ids
   * @param exchanges every stored exchange report, parties as knowledge-base ids
   * @param findings every claim and document (before any selection: a document outside the
   *     selection still corroborates)
   */
  public Corroboration(CredibilityScale scale, List<StoredEvent> events,
      List<StoredExchange> exchanges, Findings findings) {
    this.scale = Objects.requireNonNull(scale, "scale");
    // by document, so grading every claim stays linear in the knowledge base
    events.forEach(e -> eventsByDocument.computeIfAbsent(e.documentId(), k -> new ArrayList<>())
        .add(e));
    exchanges.forEach(x -> exchangesByDocument
        .computeIfAbsent(x.documentId(), k -> new ArrayList<>()).add(x));
    for (ReportedEvent g : FactGrouper.events(events)) {
      g.sources().forEach(e -> eventGroups.put(key(e.documentId(), e.ordinal()), g.sources()));
    }
    for (ReportedExchange g : FactGrouper.exchanges(exchanges)) {
      g.sources().forEach(x -> exchangeGroups.put(key(x.documentId(), x.ordinal()), g.sources()));
    }
    findings.claims().forEach(c -> claimsByDocument
        .computeIfAbsent(c.source().documentId(), k -> new ArrayList<>()).add(c));
    findings.documents().forEach(d -> documents.put(d.id(), d));
  }

  private static String key(String doc, int ordinal) {
    return doc + '#' + ordinal;
  }

  /** Every claim with its grade applied (a copy; the claim as extracted is not kept). */
  public List<ClaimFinding> grade(List<ClaimFinding> claims) {
    return claims.stream().map(c -> c.graded(grade(c))).toList();
  }

  /** What other documents say about the fact this claim carries. */
  public CredibilityGrade grade(ClaimFinding claim) {
    String doc = claim.source().documentId();
    Span span = claim.claim().span();
    String own = origin(doc, claim.claim().source(), span);
    Tally t = new Tally();
    boolean carries = false;
    for (StoredEvent e : eventsByDocument.getOrDefault(doc, List.of())) {
      if (e.span().overlaps(span)) {
        carries = true;
        for (StoredEvent o : eventGroups.getOrDefault(key(doc, e.ordinal()), List.of())) {
          if (!o.documentId().equals(doc)) {
            t.add(o.documentId(), origin(o.documentId(), null, o.span()), own,
                datesConflict(e.date(), o.date(), scale.eventDateToleranceDays()) ? "date" : null,
                false);
          }
        }
      }
    }
    for (StoredExchange x : exchangesByDocument.getOrDefault(doc, List.of())) {
      if (x.span().overlaps(span)) {
        carries = true;
        for (StoredExchange o : exchangeGroups.getOrDefault(key(doc, x.ordinal()), List.of())) {
          if (!o.documentId().equals(doc)) {
            boolean denial = o.status() == ExchangeStatus.DENIED && x.status() != ExchangeStatus.DENIED;
            t.add(o.documentId(), origin(o.documentId(), null, o.span()), own,
                conflict(x, o), denial);
          }
        }
      }
    }
    if (!carries) {
      return new CredibilityGrade(6, scale.reason("grade_6", 0, "", null), List.of());
    }
    return t.grade(claim.claim().kind() != ClaimKind.REPORT);
  }

  /** What differs between two reports of one exchange, or null when they agree. */
  private static String conflict(StoredExchange a, StoredExchange b) {
    if ((a.status() == ExchangeStatus.DENIED) != (b.status() == ExchangeStatus.DENIED)) {
      return "status (" + b.status().name() + ")";
    }
    if (a.quantity() != null && b.quantity() != null
        && !quantity(a.quantity()).equals(quantity(b.quantity()))) {
      return "quantity (" + b.quantity() + ")";
    }
    if ("evidence".equals(a.dateBasis()) && "evidence".equals(b.dateBasis())
        && datesConflict(a.date(), b.date(), 0)) {
      return "date (" + b.date() + ")";
    }
    return null;
  }

  private static String quantity(String q) {
    return q.replaceAll("[\\s,]", "").toLowerCase(Locale.ROOT);
  }

  /** Two dates conflict when their ranges lie further apart than the tolerance. */
  static boolean datesConflict(PartialDate a, PartialDate b, int toleranceDays) {
    if (a == null || b == null) {
      return false;
    }
    return ChronoUnit.DAYS.between(a.last(), b.first()) > toleranceDays
        || ChronoUnit.DAYS.between(b.last(), a.first()) > toleranceDays;
  }

  /**
   * Who a report comes from: the source of a claim of that document carrying it (two outlets
   * quoting one agency are one origin), else the document's author, else the document itself.
   */
  private String origin(String doc, String claimSource, Span span) {
    if (claimSource != null) {
      return "entity:" + claimSource;
    }
    for (ClaimFinding c : claimsByDocument.getOrDefault(doc, List.of())) {
      if (c.claim().source() != null && c.claim().span().overlaps(span)) {
        return "entity:" + c.claim().source();
      }
    }
    DocumentRef d = documents.get(doc);
    if (d != null && d.author() != null && !d.author().isBlank()) {
      return "author:" + d.author().strip().toLowerCase(Locale.ROOT);
    }
    return "document:" + doc;
  }

  private String label(String doc) {
    DocumentRef d = documents.get(doc);
    if (d == null) {
      return doc;
    }
    return d.title() != null ? "\"" + d.title() + "\"" : d.fileName();
  }

  /** Other documents' reports of the claim's fact, sorted by what they say and who says it. */
  private final class Tally {
    final Map<String, Set<String>> supporting = new LinkedHashMap<>();
    final Set<String> sameOrigin = new LinkedHashSet<>();
    final Map<String, String> conflicting = new LinkedHashMap<>();
    final Map<String, Set<String>> denying = new LinkedHashMap<>();

    void add(String doc, String origin, String own, String conflict, boolean denial) {
      boolean independent = !origin.equals(own);
      if (denial && independent) {
        denying.computeIfAbsent(origin, k -> new LinkedHashSet<>()).add(doc);
      }
      if (conflict != null) {
        conflicting.putIfAbsent(doc, conflict);
      } else if (independent) {
        supporting.computeIfAbsent(origin, k -> new LinkedHashSet<>()).add(doc);
      } else {
        sameOrigin.add(doc);
      }
    }

    CredibilityGrade grade(boolean judgement) {
      if (denying.size() >= scale.improbableDenials()) {
        return of(5, "grade_5", docs(denying), null);
      }
      if (!conflicting.isEmpty()) {
        String what = String.join(", ", new LinkedHashSet<>(conflicting.values()));
        return of(4, "grade_4", List.copyOf(conflicting.keySet()), what);
      }
      List<String> support = docs(supporting);
      if (judgement && (!support.isEmpty() || !sameOrigin.isEmpty())) {
        List<String> all = new ArrayList<>(support);
        sameOrigin.stream().filter(d -> !all.contains(d)).forEach(all::add);
        return of(3, "grade_3_assessment", all, null);
      }
      if (supporting.size() >= scale.confirmedOrigins()) {
        return of(1, "grade_1", support, null);
      }
      if (supporting.size() >= scale.probableOrigins()) {
        return of(2, "grade_2", support, null);
      }
      if (!sameOrigin.isEmpty()) {
        return of(3, "grade_3", List.copyOf(sameOrigin), null);
      }
      return of(6, "grade_6", List.of(), null);
    }

    private List<String> docs(Map<String, Set<String>> byOrigin) {
      Set<String> out = new LinkedHashSet<>();
      byOrigin.values().forEach(out::addAll);
      return List.copyOf(out);
    }

    private CredibilityGrade of(int grade, String key, List<String> docs, String conflict) {
      String names = String.join("; ", docs.stream().map(Corroboration.this::label).toList());
      return new CredibilityGrade(grade, scale.reason(key, docs.size(), names, conflict), docs);
    }
  }
}
