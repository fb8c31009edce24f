package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One trigger, several dates in a row, each with its own object: "the launch of a hypersonic
 * missile on Jan. 6 and of short-range missiles on Jan. 14", "1일 극초음속미사일을, 4일
 * 단거리탄도미사일을 발사". Each date is an event of its own.
 */
final class DateSeries {
  /** Between two dates of a Korean series: the first date's object and a comma ("A를, "). */
  private static final Pattern KOREAN_LINK = Pattern.compile("\\s*[^,.\"“”]{1,30}?(?:을|를)\\s*,\\s*");
  /** Between two dates of an English series: "and", perhaps the second object ("and of Y on"). */
  private static final Pattern ENGLISH_LINK = Pattern.compile(
      ",?\\s+and\\s+(?:(?:of|an?)\\s+[^,.;\"“”]{1,60}?\\s+)?(?:on\\s+)?");

  private DateSeries() {}

  /** The chosen date with the dates linked to it as a series in its sentence, in text order. */
  static List<Spot> around(DocumentView view, SentenceView s, List<Spot> when, boolean korean) {
    if (when.size() != 1) {
      return when;
    }
    List<Spot> dates = view.spotsIn(s.start(), s.end()).stream()
        .filter(p -> p.isDate() && !view.marks.quoted(p.start())).toList();
    int at = dates.indexOf(when.get(0));
    if (at < 0) {
      return when;
    }
    Pattern link = korean ? KOREAN_LINK : ENGLISH_LINK;
    int first = at;
    while (first > 0 && linked(view, dates.get(first - 1), dates.get(first), link)) {
      first--;
    }
    int last = at;
    while (last + 1 < dates.size() && linked(view, dates.get(last), dates.get(last + 1), link)) {
      last++;
    }
    return first == last ? when : new ArrayList<>(dates.subList(first, last + 1));
  }

  private static boolean linked(DocumentView view, Spot a, Spot b, Pattern link) {
    return a.end() <= b.start() && link.matcher(view.text).region(a.end(), b.start()).matches();
  }
}
