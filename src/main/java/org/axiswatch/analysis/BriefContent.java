package org.axiswatch.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axiswatch.mentions.Entity;

/**
 * The brief's content, before wording: which facts go in which section, in what order, and which
 * footnote backs each. The same content is worded in Korean or English by the outputs stage, so
 * both languages say the same things.
 *
 * @param topic the topic's entities (empty: all)
 * @param selection what was asked for
 * @param findings the selected findings (for names and exports)
 * @param summary what the summary is composed from
 * @param background dated events, in date order
 * @param possibilities POSSIBILITY claims
 * @param limitations LIMITATION claims
 * @param exchanges every exchange, gravest verdict first
 * @param recommendations RECOMMENDATION claims
 * @param footnotes numbered in reading order
 */
public record BriefContent(
    List<Entity> topic, Selection selection, Findings findings, BriefSummary summary,
    List<BriefItem<EventFinding>> background, List<BriefItem<ClaimFinding>> possibilities,
    List<BriefItem<ClaimFinding>> limitations, List<BriefItem<ExchangeFinding>> exchanges,
    List<BriefItem<ClaimFinding>> recommendations, List<Footnote> footnotes) {

  public BriefContent {
    topic = List.copyOf(topic);
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(summary, "summary");
    background = List.copyOf(background);
    possibilities = List.copyOf(possibilities);
    limitations = List.copyOf(limitations);
    exchanges = List.copyOf(exchanges);
    recommendations = List.copyOf(recommendations);
    footnotes = List.copyOf(footnotes);
  }

  /** Composes the brief of the selected findings; see {@link BriefComposer}. */
  public static BriefContent of(Findings all, Selection selection) {
    return new BriefComposer(all, selection).compose();
  }

  /** The footnote numbers of a statement, in order. */
  public List<Integer> notes(BriefItem<?> item) {
    Map<Provenance, Integer> numbers = new LinkedHashMap<>();
    footnotes.forEach(f -> numbers.put(f.source(), f.number()));
    List<Integer> out = new ArrayList<>();
    for (Provenance p : item.sources()) {
      Integer n = numbers.get(p);
      if (n == null) {
        throw new IllegalStateException("statement without a numbered footnote: " + p);
      }
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }
}
