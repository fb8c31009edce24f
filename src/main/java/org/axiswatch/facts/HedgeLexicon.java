package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
  InText in(String text, PatternSieve.Part sifted) {
    return new InText(text, sifted);
  }

  /** Hedges of one text; a term is looked for only in spans that hold its words. */
  final class InText {
    private final String text;
    private final PatternSieve.Part sifted;

    private InText(String text, PatternSieve.Part sifted) {
      this.text = text;
      this.sifted = sifted;
    }

    /**
     * The hedge of text[start, end): the longest match; among equally long ones the last, since
     * Korean and English briefs put the judgement at the end of the sentence.
     */
    Estimative find(int start, int end) {
      Hedge best = null;
      int bestLength = 0;
      int bestAt = -1;
      for (int i = 0; i < hedges.size(); i++) {
        Hedge h = hedges.get(i);
        if (!sifted.mayMatch(i, start, end)) {
          continue;
        }
        Matcher m = h.pattern().matcher(text).region(start, end);
        while (m.find()) {
          int length = m.end() - m.start();
          if (length > bestLength || length == bestLength && m.start() > bestAt) {
            best = h;
            bestLength = length;
            bestAt = m.start();
          }
        }
      }
      return best == null ? null : new Estimative(best.term(), best.level());
    }
  }
}
