package org.axiswatch.structure;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;

/**
 * A wire dateline with a month and day but no year ("SEOUL, Oct. 31 (Yonhap) --", "WASHINGTON,
 * June 28 (Reuters) -"), dated with the year the text itself gives: the latest year it names (or
 * the year after, when only that one puts the day on the lead's weekday), or, when it names none,
 * the latest year up to now in which that day fell on the weekday the lead gives its news
 * ("fired a missile on Thursday"). Without either the document stays undated.
 */
final class YearlessDateline {
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
      + "[a-z]*\\.?";
  /** A capitalised place (perhaps with its country), the month and day, then an agency or a dash. */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40},(?:\\s*\\p{Lu}[\\p{L} .]{1,30},)?\\s*" + MONTH
          + "\\s+(\\d{1,2})\\b\\s*(?:\\(|--|—|–|-)");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d])");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\bon\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  private YearlessDateline() {}

  /**
   * The dateline's date in one of the header lines, or null.
   *
   * @param text the whole text, where the years and the lead's weekday are read
   * @param today the year no date may pass (the day of the analysis)
   */
  static DateFinder.Found find(List<String> header, String text, LocalDate today) {
    for (String line : header) {
      Matcher m = DATELINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      int month = DateFinder.MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
      int day = Integer.parseInt(m.group(2));
      Integer year = year(text, month, day, line, m.end(), today);
      if (year == null) {
        return null;
      }
      try {
        return new DateFinder.Found(new PartialDate(year, month, day), m.start(1), m.end(2));
      } catch (DateTimeException | IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static Integer year(String text, int month, int day, String line, int after,
      LocalDate today) {
    Integer latest = null;
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      int v = Integer.parseInt(y.group(1));
      if (v <= today.getYear() && (latest == null || v > latest)) {
        latest = v;
      }
    }
    // the lead sentence: the rest of the dateline's line, as far as its first full stop
    String lead = line.substring(after);
    int stop = lead.indexOf(". ");
    Matcher w = WEEKDAY.matcher(stop < 0 ? lead : lead.substring(0, stop));
    DayOfWeek named = w.find() ? DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT)) : null;
    if (latest != null) {
      // a January story may name only last year ("2024 saw …"): the weekday tells the two apart
      int next = latest + 1;
      if (named != null && next <= today.getYear() && falls(next, month, day, named, today)
          && !falls(latest, month, day, named, today)) {
        return next;
      }
      return latest;
    }
    if (named == null) {
      return null;
    }
    for (int v = today.getYear(); v > today.getYear() - 30; v--) {
      try {
        LocalDate d = LocalDate.of(v, month, day);
        if (!d.isAfter(today) && d.getDayOfWeek() == named) {
          return v;
        }
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean falls(int year, int month, int day, DayOfWeek named, LocalDate today) {
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return !d.isAfter(today) && d.getDayOfWeek() == named;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
