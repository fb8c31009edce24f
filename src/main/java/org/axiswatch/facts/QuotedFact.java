package org.axiswatch.facts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A dated past fact inside a Korean official's indirect quotation: "…13일까지 병력을 수송했다"고
 * 설명했다. The quoted happening is an event of its own, dated inside the quotation, besides the
 * statement that tells it.
 */
final class QuotedFact {
  /** A past ending closing the quotation, then 고 (the indirect-quote marker). */
  private static final Pattern PAST_CLOSE = Pattern.compile(
      "(?s)[^\"“”]{0,24}?(?:했|었|았|였|됐)(?:다|습니다)\\.?[\"”']?\\s?고\\s.*");

  private QuotedFact() {}

  /** The quotation's own date for a Korean event word quoted as a past fact, or null. */
  static Spot date(DocumentView view, SentenceView s, TriggerHit h) {
    if (!h.korean(view.text)) {
      return null;
    }
    int close = h.end();
    while (close < s.end() && view.marks.quoted(close)) {
      close++;
    }
    if (!PAST_CLOSE.matcher(view.text).region(h.end(), s.end()).matches()) {
      return null;
    }
    int open = h.start();
    while (open > s.start() && view.marks.quoted(open - 1)) {
      open--;
    }
    List<Spot> dates = view.spotsIn(open, h.start()).stream()
        .filter(p -> p.isDate() && DateChooser.value(p) != null).toList();
    return dates.isEmpty() || close - h.end() > 40 ? null : dates.get(dates.size() - 1);
  }
}
