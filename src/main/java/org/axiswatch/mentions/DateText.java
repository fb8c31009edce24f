package org.axiswatch.mentions;

import org.axiswatch.pipeline.PartialDate;

/**
 * The ISO text of a date, as {@link PartialDate#toString()} writes it (2012, 2023-03,
 * 2023-09-04), without {@code String.format}: every date candidate carries it, and formatting was a
 * visible share of the stage's time.
 */
final class DateText {
  private DateText() {}

  static String iso(PartialDate d) {
    StringBuilder b = new StringBuilder(10);
    b.append(d.year()); // four digits: PartialDate holds years 1000-9999
    if (d.month() != null) {
      twoDigits(b.append('-'), d.month());
      if (d.day() != null) {
        twoDigits(b.append('-'), d.day());
      }
    }
    return b.toString();
  }

  private static void twoDigits(StringBuilder b, int v) {
    if (v < 10) {
      b.append('0');
    }
    b.append(v);
  }
}
