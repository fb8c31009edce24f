package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.axiswatch.pipeline.PartialDate;

/**
 * A sentence that goes on with the occasion of the one before it: "당시 쇼이구 서기는 …
 * 밝혔다", "그는 또 … 경고했다", "그는 이 자리에서 …", "That day, …". Its undated predicates happened on the
 * day the sentence before was about, not on the news day.
 */
final class Continuation {
  private final Pattern korean;
  private final Pattern english;

  private Continuation(Pattern korean, Pattern english) {
    this.korean = korean;
    this.english = english;
  }

  /** The openers of {@code continuations.yaml}: {@code lang} (ko, en) and {@code pattern}. */
  static Continuation load(List<DataEntry> entries) {
    List<String> ko = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (DataEntry e : entries) {
      String p = e.text("pattern");
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException bad) {
        throw e.problem("not a valid pattern: " + bad.getDescription());
      }
      switch (e.text("lang")) {
        case "ko" -> ko.add("(?:" + p + ")");
        case "en" -> en.add("(?:" + p + ")");
        default -> throw e.problem("'lang' is " + e.text("lang") + ", not ko or en");
      }
    }
    return new Continuation(either(ko, Pattern.DOTALL),
        either(en, Pattern.DOTALL | Pattern.CASE_INSENSITIVE));
  }

  static Continuation shipped() {
    return load(DataFile.resource("continuations.yaml"));
  }

  private static Pattern either(List<String> alternatives, int flags) {
    return Pattern.compile(alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives), flags);
  }

  /** Whether the sentence text[start, end) opens as a continuation. */
  boolean opens(String text, int start, int end) {
    return korean.matcher(text).region(start, end).matches()
        || english.matcher(text).region(start, end).matches();
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
