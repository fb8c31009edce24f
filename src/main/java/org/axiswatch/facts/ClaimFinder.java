package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
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
  private static final Pattern CITES = Pattern.compile(
      "(?:에|에게)\\s*따르면|\\baccording to\\b|\\bcited\\b|인용", Pattern.CASE_INSENSITIVE);
  private static final int CANNOT_BE_JUDGED = 6;

  private final DocumentView view;
  private final FactLexicon lexicon;

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
    String text = view.repaired.original().substring(span.start(), span.end()).strip();
    if (text.isEmpty()) {
      return null;
    }
    Estimative hedge = lexicon.hedges().find(view.text, s.start(), s.end());
    Event said = null;
    for (Event e : events) {
      if (e.span().equals(span)
          && (e.type() == EventType.REPORT || e.type() == EventType.STATEMENT)) {
        said = e;
      }
    }
    Spot source = source(s);
    if (source != null && (said != null || speaks(s)
        || CITES.matcher(view.text.substring(s.start(), s.end())).find())) {
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
   * The source of a sentence: the organisation or person nearest before its last reporting
   * word, outside quotations; a known source (actors.yaml) wins over an unknown one.
   */
  private Spot source(SentenceView s) {
    Spot best = null;
    for (Spot p : view.spotsIn(s.start(), s.end())) {
      if (view.marks.quoted(p.start()) || !p.isActor()) {
        continue;
      }
      if (p.type() == EntityType.GPE && best != null) {
        continue; // a state is the source only when no person or body is named ("U.S. officials")
      }
      char grade = lexicon.actors().of(p.entity(), p.mention().text()).reliability();
      if (best == null || grade != 'F'
          || lexicon.actors().of(best.entity(), best.mention().text()).reliability() == 'F') {
        best = p;
      }
    }
    return best;
  }

  /** A speech or report verb outside quotations, dated or not ("Kirby said", "보도했다"). */
  private boolean speaks(SentenceView s) {
    for (Trigger t : lexicon.triggers()) {
      if (t.reporting()) {
        java.util.regex.Matcher m = t.pattern().matcher(view.text).region(s.start(), s.end());
        while (m.find()) {
          if (!view.marks.quoted(m.start())) {
            return true;
          }
        }
      }
    }
    return false;
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
        ClaimKind k = lexicon.headings().kindOf(n.text());
        if (k != null) {
          return k;
        }
      }
    }
    return null;
  }
}
