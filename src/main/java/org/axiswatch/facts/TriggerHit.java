package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;

/**
 * An event word found in a sentence, longest first where two overlap; a wire's credit line and a
 * place verb without its place ("평양을 찾았다" but not "찾았다" alone) make none.
 */
record TriggerHit(Trigger trigger, int start, int end) {
  /** A wire's closing credit: "Koval reported from Kyiv. Lee contributed from Seoul." */
  static final Pattern CREDIT_LINE = Pattern.compile(
      "\\b(?:reported|contributed(?: reporting)?|wrote|reporting by [^.]{1,40}?) from\\b");
  /** The particle between a place and the verb that goes there. */
  private static final Pattern PLACE_PARTICLE = Pattern.compile("(?:을|를|에|으로|로)\\s*");

  static List<TriggerHit> in(DocumentView view, SentenceView s) {
    List<TriggerHit> all = new ArrayList<>();
    List<int[]> credits = view.matches(CREDIT_LINE, s.start(), s.end());
    for (TriggerLexicon.Match m : view.triggers.find(s.start(), s.end(), t -> true)) {
      boolean credit = credits.stream().anyMatch(c -> c[0] <= m.start() && m.start() < c[1]);
      if (!credit && (!m.trigger().afterPlace() || placeEndsAt(view, m.start()))) {
        all.add(new TriggerHit(m.trigger(), m.start(), m.end()));
      }
    }
    all.sort(Comparator.comparingInt(TriggerHit::start).thenComparing(h -> -(h.end() - h.start())));
    List<TriggerHit> kept = new ArrayList<>();
    int reach = -1;
    for (TriggerHit h : all) {
      if (h.start() >= reach) {
        kept.add(h);
        reach = h.end();
      }
    }
    return kept;
  }

  /** Whether the word is Hangul, which decides the rules of word order it follows. */
  boolean korean(String text) {
    char c = text.charAt(start);
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /** A place named right before, with its particle: "평양을 찾았다", "원산에 도착해". */
  private static boolean placeEndsAt(DocumentView view, int at) {
    return view.spotsIn(Math.max(0, at - 40), at).stream().anyMatch(p ->
        (p.type() == EntityType.GPE || p.type() == EntityType.LOC || p.type() == EntityType.FAC)
            && PLACE_PARTICLE.matcher(view.text).region(p.end(), at).matches());
  }
}
