package org.axiswatch.pipeline;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to the year, the month or the day, as sources state them ("2012년", "지난 3월",
 * "9.4(월)"). Written in ISO form at its own precision: 2012, 2023-03, 2023-09-04.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
  public PartialDate {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month == null && day != null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null) {
      LocalDate.of(year, month, day); // throws on 31 Feb
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Parses 2023, 2023-09 or 2023-09-14. */
  public static PartialDate parse(String iso) {
    String[] p = iso.trim().split("-");
    return switch (p.length) {
      case 1 -> ofYear(Integer.parseInt(p[0]));
      case 2 -> ofMonth(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
      case 3 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      default -> throw new IllegalArgumentException("not an ISO date: " + iso);
    };
  }

  public enum Precision { YEAR, MONTH, DAY }

  public Precision precision() {
    return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date can mean, for sorting and range filters. */
  public LocalDate first() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day this date can mean. */
  public LocalDate last() {
    if (day != null) {
      return first();
    }
    if (month != null) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  @Override
  public String toString() {
    if (month == null) {
      return String.format("%04d", year);
    }
    if (day == null) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = first().compareTo(o.first());
    return c != 0 ? c : precision().compareTo(o.precision());
  }
}
