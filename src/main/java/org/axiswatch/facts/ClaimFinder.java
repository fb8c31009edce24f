package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.OutlineNode;

/**
 * Finds claims, one per sentence at most:
 * <ul>
 *   <li>REPORT: a sentence whose statement or report event names a source (a newspaper, an
 *       official, an intelligence service), or that cites one ("according to", "~에 따르면");
 *   <li>POSSIBILITY, LIMITATION, RECOMMENDATION: a sentence under a heading of that kind
 *       (headings.yaml), found through the outline path;
 *   <li>ASSESSMENT: any other sentence the author hedges (hedges.yaml).
 * </ul>
 * The source's reliability comes from actors.yaml (unknown: F); credibility is 6, cannot be
 * judged, until claims are compared across documents.
 */
final class ClaimFinder {
  static final Pattern CITES = Pattern.compile(
      "(?:에|에게)\\s*따르면|\\baccording to\\b|\\bcited\\b|인용", Pattern.CASE_INSENSITIVE);
  private static final int CANNOT_BE_JUDGED = 6;
  /** The end of what someone is reported to have said: 했다고, 한 것으로, ”라고. */
  static final Pattern REPORTED_CLAUSE = Pattern.compile(
      "(?:다|라|이라|냐|자|지)\\s?고\\s|것으로\\s|[”\"’]\\s?(?:이라|라)?고\\s|(?:이라|라|다)며\\s");
  /** A subject particle, perhaps after a title: "국정원도", "쇼이구 국방장관이". */
  private static final Pattern SUBJECT = Pattern.compile("(?:\\s?[가-힣]{1,6})?[은는이가도]\\s");

  private final DocumentView view;
  private final FactLexicon lexicon;
  /** The kind each heading names: every sentence below a heading asks for it again. */
  private final Map<String, Optional<ClaimKind>> headingKinds = new HashMap<>();

  ClaimFinder(DocumentView view) {
    this.view = view;
    this.lexicon = view.lexicon();
  }

  List<Claim> find(List<Event> events) {
    List<Claim> out = new ArrayList<>();
    for (SentenceView s : view.sentences) {
      Claim c = claim(s, events);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private Claim claim(SentenceView s, List<Event> events) {
    Span span = view.original(s.start(), s.end());
    String text = view.repaired.workingText(span).strip();
    if (text.isEmpty()) {
      return null;
    }
    Estimative hedge = view.hedges.find(s.start(), s.end());
    Event said = null;
    for (Event e : events) {
      if (e.span().equals(span)
          && (e.type() == EventType.REPORT || e.type() == EventType.STATEMENT)) {
        said = e;
      }
    }
    Spot source = source(s);
    if (source != null && (said != null || speaks(s)
        || !view.matches(CITES, s.start(), s.end()).isEmpty())) {
      char grade = lexicon.actors().of(source.entity(), source.mention().text()).reliability();
      PartialDate date = said == null ? null : said.date();
      return new Claim(ClaimKind.REPORT, source.id(), date, text, span, hedge, grade,
          CANNOT_BE_JUDGED);
    }
    if (titleLine(s)) {
      return null;
    }
    ClaimKind kind = headingKind(s);
    if (kind != null) {
      return new Claim(kind, null, view.date, text, span, hedge, 'F', CANNOT_BE_JUDGED);
    }
    if (hedge != null) {
      return new Claim(ClaimKind.ASSESSMENT, null, view.date, text, span, hedge, 'F',
          CANNOT_BE_JUDGED);
    }
    return null;
  }

  /**
   * The source of a sentence: the one cited ("according to Reuters", "NYT에 따르면"); in Korean the
   * speaker after the last reported clause ("…했다고 말한 것으로 타스가 보도"), else the first
   * person or body marked as subject ("국정원도 9월 4일 … 밝혔음"); in English the person or body
   * nearest before the speech verb ("…, Kirby said"). A state only when no one else is named.
   */
  private Spot source(SentenceView s) {
    List<Spot> named = new ArrayList<>();
    for (Spot p : view.spotsIn(s.start(), s.end())) {
      if (!view.marks.quoted(p.start()) && p.isActor()) {
        named.add(p);
      }
    }
    if (named.isEmpty()) {
      return null;
    }
    List<int[]> cites = view.matches(CITES, s.start(), s.end());
    if (!cites.isEmpty()) {
      int citeStart = cites.get(0)[0];
      int citeEnd = cites.get(0)[1];
      for (Spot p : named) {
        if (p.start() >= citeEnd && p.start() - citeEnd < 3
            || p.end() <= citeStart && citeStart - p.end() < 3) {
          return p;
        }
      }
    }
    List<Spot> bodies = named.stream().filter(p -> p.type() != EntityType.GPE).toList();
    if (s.korean()) {
      int after = s.start();
      for (int[] m : view.matches(REPORTED_CLAUSE, s.start(), s.end())) {
        if (!view.marks.quoted(m[0])) {
          after = m[1];
        }
      }
      for (Spot p : bodies) {
        if (after > s.start() && p.start() >= after) {
          return p;
        }
      }
      for (Spot p : bodies) {
        if (SUBJECT.matcher(view.text.substring(p.end(), Math.min(s.end(), p.end() + 10))).lookingAt()) {
          return p;
        }
      }
      return bodies.isEmpty() ? named.get(0) : bodies.get(0);
    }
    int verb = speechAt(s);
    Spot best = null;
    for (Spot p : verb < 0 ? named : named.stream().filter(p -> p.end() <= verb).toList()) {
      if (best == null || p.type() != EntityType.GPE || best.type() == EntityType.GPE) {
        best = p;
      }
    }
    return best != null ? best : named.get(0);
  }

  /** A speech or report verb outside quotations, dated or not ("Kirby said", "보도했다"). */
  private boolean speaks(SentenceView s) {
    return view.triggers.find(s.start(), s.end(), t -> t.reporting() && t.verbal()).stream()
        .anyMatch(m -> !view.marks.quoted(m.start()));
  }

  /** Where the first speech or report verb outside quotations is, or -1. */
  private int speechAt(SentenceView s) {
    int first = -1;
    for (TriggerLexicon.Match m : view.triggers.find(s.start(), s.end(), Trigger::reporting)) {
      if (!view.marks.quoted(m.start()) && (first < 0 || m.start() < first)) {
        first = m.start();
      }
    }
    return first;
  }

  /** A section or group heading names a topic; it claims nothing. */
  private boolean titleLine(SentenceView s) {
    List<OutlineNode> path = view.path(s.start());
    if (path.isEmpty()) {
      return false;
    }
    OutlineNode n = path.get(path.size() - 1);
    return (n.kind() == NodeKind.SECTION || n.kind() == NodeKind.GROUP)
        && n.span().contains(view.original(s.start(), s.end()).start());
  }

  /** The claim kind of the innermost heading above the sentence that names exactly one kind. */
  private ClaimKind headingKind(SentenceView s) {
    List<OutlineNode> path = view.path(s.start());
    for (int i = path.size() - 1; i >= 0; i--) {
      OutlineNode n = path.get(i);
      if (n.kind() == NodeKind.SECTION || n.kind() == NodeKind.GROUP || n.kind() == NodeKind.POINT) {
        ClaimKind k = headingKinds.computeIfAbsent(n.text(),
            t -> Optional.ofNullable(lexicon.headings().kindOf(t))).orElse(null);
        if (k != null) {
          return k;
        }
      }
    }
    return null;
  }
}
