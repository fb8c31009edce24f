package org.axiswatch.facts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The date a 개조식 writer puts in parentheses right after a noun: "거부권 행사(2024년 3월 28일)",
 * "독자 제재(12.2 발표)". It dates that noun only; the clause's other words do not take it, which
 * is why {@link DateChooser} leaves bracketed dates out.
 */
final class BracketDate {
  /** What may stand between the noun and its parenthesis: nothing, or a space. */
  private static final Pattern OPENING = Pattern.compile("\\s?[(（]");
  /** How far into the parenthesis the date may start: "(현지시간 2024년 3월 28일)". */
  private static final int REACH = 8;

  private BracketDate() {}

  /** The date opening the parenthesis right after text[.., nounEnd), or null. */
  static Spot after(DocumentView view, int nounEnd, int sentenceEnd) {
    java.util.regex.Matcher m = OPENING.matcher(view.text).region(nounEnd, sentenceEnd);
    if (!m.lookingAt()) {
      return null;
    }
    int open = m.end();
    List<Spot> inside = view.spotsIn(open, Math.min(sentenceEnd, open + 40));
    for (Spot d : inside) {
      if (d.isDate() && d.start() - open <= REACH && DateChooser.value(d) != null) {
        return d;
      }
    }
    return null;
  }

  /** Whether text[from, to) is only a parenthesis (and spaces, a full stop): a noun that ends. */
  static boolean onlyBracket(String rest) {
    return rest.matches("\\s*[(（][^()（）]{0,60}[)）]\\s*[.。]?\\s*");
  }
}
