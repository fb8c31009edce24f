package org.axiswatch.facts;

import java.util.List;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;

/**
 * A sentence that goes on with the occasion of the one before it: "당시 쇼이구 서기는 …
 * 밝혔다", "그는 또 … 경고했다", "그는 이 자리에서 …", "That day, …". Its undated predicates happened on the
 * day the sentence before was about, not on the news day.
 */
final class Continuation {
  private static final Pattern OPENS = Pattern.compile(
      "(?:당시|이\\s?자리에서|이때|이날|같은\\s?날)\\s.*"
          + "|(?:그는|그녀는|[가-힣]{1,8}(?:\\s[가-힣]{1,6})?(?:은|는))\\s(?:또|또한|이어|아울러|당시|이\\s?자리에서)\\s.*",
      Pattern.DOTALL);
  /** "That day, …", "On the same day, …", "After the second of those trips, …": an English
   * opener pointing back at the occasion just told. */
  private static final Pattern OPENS_EN = Pattern.compile(
      "(?:(?:On\\s)?(?:that|the same) day|At the time|(?:After|During|On|At)\\s(?:the\\s\\w+\\sof\\s)?"
          + "(?:that|this|those|these)\\s(?:\\w+\\s)?(?:trips?|visits?|talks|meetings?|summits?|"
          + "occasions?|events?|launch(?:es)?))\\s?,\\s.*",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private Continuation() {}

  /** Whether the sentence text[start, end) opens as a continuation. */
  static boolean opens(String text, int start, int end) {
    return OPENS.matcher(text).region(start, end).matches()
        || OPENS_EN.matcher(text).region(start, end).matches();
  }

  /** The day of the last dated event of the sentence before, or null. */
  static PartialDate dayOf(List<Event> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      if (before.get(i).date() != null) {
        return before.get(i).date();
      }
    }
    return null;
  }
}
