package org.axiswatch.mentions;

import java.time.LocalDate;
import java.util.Locale;
import org.axiswatch.pipeline.PartialDate;

/**
 * The resolvers of {@link DateFinder} that shift the document date: a month or day without a
 * year, a weekday, "next March", last/this/next week, month or year, "4년 전에". Each returns null
 * when the document date is missing or too coarse for it.
 */
final class DateShifts {
  private DateShifts() {}

  static PartialDate inferYear(PartialDate anchor, int month, Integer day, boolean strictlyBefore) {
    if (anchor == null) {
      return null;
    }
    PartialDate d = new PartialDate(anchor.year(), month, day);
    boolean after = anchor.month() == null ? false
        : strictlyBefore ? month >= anchor.month() : d.first().isAfter(anchor.last());
    return after ? new PartialDate(anchor.year() - 1, month, day) : d;
  }

  /**
   * "9.23(토)": the weekday says which year is meant, so a date just after the document date
   * (an announced event) is not pushed back a year.
   */
  static PartialDate byWeekday(PartialDate anchor, int month, int day, char weekday) {
    if (anchor == null) {
      return null;
    }
    int want = "월화수목금토일".indexOf(weekday) + 1;
    for (int shift : new int[] {0, -1, 1}) {
      try {
        LocalDate d = LocalDate.of(anchor.year() + shift, month, day);
        if (d.getDayOfWeek().getValue() == want) {
          return PartialDate.of(d);
        }
      } catch (java.time.DateTimeException invalid) {
        // 29 Feb in a common year: try the next candidate
      }
    }
    return inferYear(anchor, month, day, false);
  }

  /** "23일": the news convention for a day of the document's month (or the month before). */
  static PartialDate dayOfMonth(PartialDate anchor, int day) {
    if (anchor == null || anchor.day() == null) {
      return null;
    }
    LocalDate base = anchor.first();
    LocalDate month = day > base.getDayOfMonth() ? base.minusMonths(1) : base;
    return PartialDate.of(month.withDayOfMonth(day));
  }

  /**
   * "on Tuesday" in a wire report: the last such day on or before the dateline (news tells of
   * what happened); "next Tuesday" the first after it, "last Tuesday" the one before.
   */
  static PartialDate weekday(PartialDate anchor, String which, String day) {
    if (anchor == null || anchor.day() == null) {
      return null;
    }
    java.time.DayOfWeek want = java.time.DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
    LocalDate base = anchor.first();
    if ("next".equals(which)) {
      return PartialDate.of(base.with(java.time.temporal.TemporalAdjusters.next(want)));
    }
    LocalDate d = "last".equals(which) ? base.with(java.time.temporal.TemporalAdjusters.previous(want))
        : base.with(java.time.temporal.TemporalAdjusters.previousOrSame(want));
    return PartialDate.of(d);
  }

  /**
   * "next March": the first such month after the document date; "by December": the nearer of
   * the one before and the one after ("3,000 by October" in November is past, "10,000 by
   * December" to come).
   */
  static PartialDate ahead(PartialDate anchor, String word, int month) {
    if (anchor == null || anchor.month() == null) {
      return null;
    }
    int after = month > anchor.month() ? anchor.year() : anchor.year() + 1;
    if (word.equals("by")) {
      int forward = (month - anchor.month() + 12) % 12;
      if (forward == 0 || forward > 6) {
        after = month <= anchor.month() ? anchor.year() : anchor.year() - 1;
      }
    }
    return PartialDate.ofMonth(after, month);
  }

  static PartialDate dayOf(PartialDate month, int day) {
    return month == null ? null : new PartialDate(month.year(), month.month(), day);
  }

  /** A week has no precision of its own: the month of its middle day stands for it. */
  static PartialDate relativeWeek(PartialDate anchor, String phrase) {
    if (anchor == null || anchor.day() == null) {
      return null;
    }
    String p = phrase.replace(" ", "");
    int shift = p.startsWith("last") || p.startsWith("지난") ? -7 : p.startsWith("next") ? 7 : 0;
    LocalDate d = anchor.first().plusDays(shift);
    return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
  }

  static int yearShift(String phrase) {
    String p = phrase.replace(" ", "");
    if (p.startsWith("지난") || p.equals("작년") || p.equals("lastyear")) {
      return -1;
    }
    return p.equals("내년") || p.equals("nextyear") ? 1 : 0;
  }

  static PartialDate relativeMonth(PartialDate anchor, String phrase) {
    if (anchor == null || anchor.month() == null) {
      return null;
    }
    String p = phrase.replace(" ", "");
    int shift = p.startsWith("지난") || p.equals("lastmonth") ? -1
        : p.startsWith("다음") || p.equals("nextmonth") ? 1 : 0;
    LocalDate d = LocalDate.of(anchor.year(), anchor.month(), 1).plusMonths(shift);
    return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
  }

  /** "4년 5개월 전에" → the anchor minus 4 years 5 months, at month precision. */
  static PartialDate ago(PartialDate anchor, String years, String months) {
    if (anchor == null || (years == null && months == null)) {
      return null;
    }
    LocalDate d = anchor.first();
    d = d.minusYears(years == null ? 0 : Integer.parseInt(years));
    if (months == null) {
      return PartialDate.ofYear(d.getYear());
    }
    d = d.minusMonths(Integer.parseInt(months));
    return anchor.month() == null ? PartialDate.ofYear(d.getYear())
        : PartialDate.ofMonth(d.getYear(), d.getMonthValue());
  }
}
