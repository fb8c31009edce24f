package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The author's hedges and their ICD 203 levels (hedges.yaml). */
final class HedgeLexicon {
  /**
   * @param lead the term's first word, which every match of a Korean term contains as written
   *     (only spaces become \s*), so a sentence without it need not be searched; null for English
   */
  private record Hedge(String term, Pattern pattern, EstimativeLevel level, String lead) {}

  private final List<Hedge> hedges;

  private HedgeLexicon(List<Hedge> hedges) {
    this.hedges = List.copyOf(hedges);
  }

  static HedgeLexicon load(List<DataEntry> entries) {
    List<Hedge> hedges = new ArrayList<>();
    for (DataEntry e : entries) {
      String term = e.text("term");
      String lang = e.text("lang");
      String lead = "ko".equals(lang) && !term.contains("{L}") ? term.split(" ", -1)[0] : null;
      hedges.add(new Hedge(term, LexiconPatterns.literal(e, term, lang),
          e.constant("level", EstimativeLevel.class), lead));
    }
    return new HedgeLexicon(hedges);
  }

  /**
   * The hedge of text[start, end): the longest match; among equally long ones the last, since
   * Korean and English briefs put the judgement at the end of the sentence.
   */
  Estimative find(String text, int start, int end) {
    Hedge best = null;
    int bestLength = 0;
    int bestAt = -1;
    for (Hedge h : hedges) {
      if (h.lead() != null && !contains(text, h.lead(), start, end)) {
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

  private static boolean contains(String text, String word, int start, int end) {
    int at = text.indexOf(word, start);
    return at >= 0 && at + word.length() <= end;
  }
}
