package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The author's hedges and their ICD 203 levels (hedges.yaml). */
final class HedgeLexicon {
  private record Hedge(String term, Pattern pattern, EstimativeLevel level) {}

  private final List<Hedge> hedges;

  private HedgeLexicon(List<Hedge> hedges) {
    this.hedges = List.copyOf(hedges);
  }

  static HedgeLexicon load(List<DataEntry> entries) {
    List<Hedge> hedges = new ArrayList<>();
    for (DataEntry e : entries) {
      String term = e.text("term");
      String lang = e.text("lang");
      hedges.add(new Hedge(term, LexiconPatterns.literal(e, term, lang),
          e.constant("level", EstimativeLevel.class)));
    }
    return new HedgeLexicon(hedges);
  }

  /** The hedges' patterns, in file order. */
  List<Pattern> patterns() {
    return hedges.stream().map(Hedge::pattern).toList();
  }

  /** The hedges of one text, {@code sifted} telling where each pattern may match. */
  InText in(PatternSieve.Part sifted) {
    return new InText(sifted);
  }

  /** Hedges of one text; a term is looked for only in spans that hold its words. */
  final class InText {
    private final PatternSieve.Part sifted;

    private InText(PatternSieve.Part sifted) {
      this.sifted = sifted;
    }

    /**
     * The hedge of text[start, end): the longest match; among equally long ones the last, since
     * Korean and English briefs put the judgement at the end of the sentence.
     */
    Estimative find(int start, int end) {
      Longest longest = new Longest();
      for (int i = 0; i < hedges.size(); i++) {
        Hedge h = hedges.get(i);
        if (sifted.mayOccur(i)) {
          sifted.find(i, start, end, (from, to) -> longest.offer(h, from, to));
        }
      }
      Hedge best = longest.hedge;
      return best == null ? null : new Estimative(best.term(), best.level());
    }
  }

  /** The longest match so far; among equally long ones the last. */
  private static final class Longest {
    private Hedge hedge;
    private int length;
    private int at = -1;

    void offer(Hedge h, int from, int to) {
      if (to - from > length || to - from == length && from > at) {
        hedge = h;
        length = to - from;
        at = from;
      }
    }
  }
}
