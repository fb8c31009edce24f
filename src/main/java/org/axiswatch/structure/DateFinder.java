package org.axiswatch.structure;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;

/**
 * Finds a written date in a line: Korean "2023. 9. 14.(목)", "2023년 9월 14일", "2023.09.14",
 * "'23. 9. 14.", ISO "2023-09-14", "2023/09/14", English "September 13, 2023", "Sep. 13, 2023", "13 Sept 2023",
 * "FEBRUARY 15, 2025".
 * Used for the document's dateline; dates inside running text are the mentions stage's work.
 */
public final class DateFinder {

  /** A date and where it was written. */
  public record Found(PartialDate date, int start, int end) {}

  /** Any case: State Department and press-release date lines are in capitals ("FEBRUARY 15, 2025"). */
  private static final String MONTH = "(?i:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
      + "July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))";
  private static final Pattern DOTTED = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})\\s*[./]\\s*(\\d{1,2})\\s*[./]\\s*(\\d{1,2})(?!\\d)\\.?(?:\\s*\\([월화수목금토일]\\))?");
  /** "2025년 5월 29일", and KCNA's "주체114(2025)년 5월 29일". */
  private static final Pattern KOREAN = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})\\)?\\s*년\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?");
  /** A two-digit year after an apostrophe: "'25. 5. 29.". */
  private static final Pattern SHORT_DOTTED = Pattern.compile(
      "['‘’](\\d{2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})(?!\\d)\\.?(?:\\s*\\([월화수목금토일]\\))?");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+((?:19|20)\\d{2})\\b");
  /** Three-letter month names, lower-case, January first. */
  static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
      "aug", "sep", "oct", "nov", "dec");

  private DateFinder() {}

  /** The first date written in {@code s}, or null. */
  public static Found first(String s) {
    Found best = null;
    for (Found f : new Found[] {
        numeric(DOTTED.matcher(s), 1, 2, 3), numeric(KOREAN.matcher(s), 1, 2, 3),
        numeric(ISO.matcher(s), 1, 2, 3), numeric(SHORT_DOTTED.matcher(s), 1, 2, 3), english(MONTH_DAY_YEAR.matcher(s), 1, 2, 3),
        english(DAY_MONTH_YEAR.matcher(s), 2, 1, 3)}) {
      if (f != null && (best == null || f.start() < best.start())) {
        best = f;
      }
    }
    return best;
  }

  private static Found numeric(Matcher m, int y, int mo, int d) {
    while (m.find()) {
      Found f = make(m, m.group(y), m.group(mo), m.group(d));
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static Found english(Matcher m, int month, int day, int year) {
    while (m.find()) {
      String name = m.group(month).substring(0, 3).toLowerCase(Locale.ROOT);
      Found f = make(m, m.group(year), String.valueOf(MONTHS.indexOf(name) + 1), m.group(day));
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static Found make(Matcher m, String year, String month, String day) {
    if (year.length() == 2) {
      year = "20" + year;
    }
    try {
      PartialDate date = day == null
          ? PartialDate.ofMonth(Integer.parseInt(year), Integer.parseInt(month))
          : new PartialDate(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return new Found(date, m.start(), m.end());
    } catch (IllegalArgumentException | DateTimeException e) {
      return null; // "2023. 13. 40." is not a date
    }
  }
}
