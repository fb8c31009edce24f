package org.axiswatch.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.axiswatch.facts.ClaimKind;
import org.axiswatch.facts.EventType;
import org.axiswatch.facts.Exchange;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.sanctions.Verdict;

/**
 * Chooses and orders the brief's statements. Repeats across documents become one statement with
 * several footnotes; footnotes are numbered in reading order (summary, then each section).
 */
final class BriefComposer {
  /** How many exchanges and events the summary names; the sections list them all. */
  static final int SUMMARY_EXCHANGES = 3;
  static final int SUMMARY_EVENTS = 3;

  private final Findings all;
  private final Selection selection;

  BriefComposer(Findings all, Selection selection) {
    this.all = all;
    this.selection = selection;
  }

  BriefContent compose() {
    Findings f = all.select(selection);
    List<BriefItem<EventFinding>> background = merge(
        f.events().stream().filter(e -> e.event().date() != null).toList(),
        e -> e.event().type() + "|" + e.event().date() + "|" + new TreeSet<>(e.event().actors()),
        EventFinding::source);
    background = new ArrayList<>(background);
    background.sort(Comparator.comparing(i -> i.fact().event().date()));
    List<BriefItem<ExchangeFinding>> exchanges = new ArrayList<>(merge(f.exchanges(),
        x -> key(x.exchange()), ExchangeFinding::source));
    exchanges.sort(Comparator.comparingInt(i -> gravity(i.fact())));
    List<BriefItem<ClaimFinding>> possibilities = claims(f, ClaimKind.POSSIBILITY);
    List<BriefItem<ClaimFinding>> limitations = claims(f, ClaimKind.LIMITATION);
    List<BriefItem<ClaimFinding>> recommendations = claims(f, ClaimKind.RECOMMENDATION);

    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      verdicts.put(v, 0);
    }
    exchanges.stream().filter(i -> i.fact().decision() != null)
        .forEach(i -> verdicts.merge(i.fact().decision().verdict(), 1, Integer::sum));
    List<BriefItem<EventFinding>> key = new ArrayList<>(background);
    key.sort(Comparator.comparingInt((BriefItem<EventFinding> i) -> weight(i.fact().event().type()))
        .thenComparing(i -> i.fact().event().date(), Comparator.reverseOrder()));
    key = new ArrayList<>(key.subList(0, Math.min(SUMMARY_EVENTS, key.size())));
    key.sort(Comparator.comparing(i -> i.fact().event().date()));
    PartialDate earliest = background.isEmpty() ? null : background.get(0).fact().event().date();
    PartialDate latest = background.isEmpty() ? null
        : background.get(background.size() - 1).fact().event().date();
    BriefSummary summary = new BriefSummary(f.documents().size(), merge(f.events(),
        e -> e.event().type() + "|" + e.event().date() + "|" + new TreeSet<>(e.event().actors()),
        EventFinding::source).size(), exchanges.size(), f.claims().size(), verdicts, earliest,
        latest, exchanges.subList(0, Math.min(SUMMARY_EXCHANGES, exchanges.size())), key,
        f.screening());

    Numbering n = new Numbering(f);
    summary.topExchanges().forEach(n::cite);
    summary.keyEvents().forEach(n::cite);
    background.forEach(n::cite);
    possibilities.forEach(n::cite);
    limitations.forEach(n::cite);
    exchanges.forEach(n::cite);
    recommendations.forEach(n::cite);
    return new BriefContent(f.topicEntities(selection), selection, f, summary, background,
        possibilities, limitations, exchanges, recommendations, n.footnotes);
  }

  private static List<BriefItem<ClaimFinding>> claims(Findings f, ClaimKind kind) {
    return merge(f.claims().stream().filter(c -> c.claim().kind() == kind).toList(),
        c -> c.claim().text().replaceAll("\\s+", " ").strip(), ClaimFinding::source);
  }

  static String key(Exchange x) {
    return x.from() + "|" + x.to() + "|" + x.category() + "|"
        + x.item().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** Prohibited first; an exchange nobody judged last. */
  static int gravity(ExchangeFinding x) {
    return x.decision() == null ? Verdict.values().length : switch (x.decision().verdict()) {
      case PROHIBITED -> 0;
      case RESTRICTED -> 1;
      case UNCLEAR -> 2;
      case NOT_PROHIBITED -> 3;
    };
  }

  /**
   * Which events a summary names first: what states do together (meetings, visits, transfers,
   * force) before what is said about it (statements, reports).
   */
  static int weight(EventType t) {
    return switch (t) {
      case MEETING, VISIT, TRANSFER -> 0;
      case MILITARY_ACTION, EXERCISE, LAUNCH -> 1;
      case POLICY, CYBERATTACK -> 2;
      case STATEMENT, REPORT, EVENT -> 3;
    };
  }

  private static <T> List<BriefItem<T>> merge(
      List<T> facts, Function<T, String> key, Function<T, Provenance> source) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    facts.forEach(t -> groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
    List<BriefItem<T>> out = new ArrayList<>();
    groups.values().forEach(g -> out.add(new BriefItem<>(g.get(0),
        g.stream().map(source).distinct().toList())));
    return out;
  }

  /** Numbers each source once, at its first citation. */
  private static final class Numbering {
    private final Findings f;
    private final Map<Provenance, Footnote> byProvenance = new LinkedHashMap<>();
    private final List<Footnote> footnotes = new ArrayList<>();

    Numbering(Findings f) {
      this.f = f;
    }

    void cite(BriefItem<?> item) {
      for (Provenance p : item.sources()) {
        byProvenance.computeIfAbsent(p, k -> {
          DocumentRef d = f.document(k.documentId()).orElseThrow(() ->
              new IllegalStateException("finding cites an unknown document " + k.documentId()));
          Footnote fn = new Footnote(footnotes.size() + 1, d, k);
          footnotes.add(fn);
          return fn;
        });
      }
    }
  }
}
