package org.axiswatch.sanctions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an exchange's stated quantity ("100만 배럴", "1.2 million barrels", "525,000t") as a number
 * in a cap's unit, so a supply above a cap can be called what it is.
 *
 * @param amount the amount
 * @param unit "barrels" or "tonnes"
 */
record StatedQuantity(double amount, String unit) {
  private static final Pattern Q = Pattern.compile(
      "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(만|천|억|thousand|million|mn|m|k)?\\s*"
          + "(barrels?|bbl|배럴|tonnes?|tons?|metric tons?|톤|t)(?![a-z])",
      Pattern.CASE_INSENSITIVE);

  /** The first quantity with a known unit in the text, or null. */
  static StatedQuantity read(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = Q.matcher(text);
    if (!m.find()) {
      return null;
    }
    double n = Double.parseDouble(m.group(1).replace(",", ""));
    String mult = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    n *= switch (mult) {
      case "만" -> 1e4;
      case "천", "thousand", "k" -> 1e3;
      case "억" -> 1e8;
      case "million", "mn", "m" -> 1e6;
      default -> 1;
    };
    String u = m.group(3).toLowerCase(Locale.ROOT);
    String unit = u.startsWith("b") || u.equals("배럴") ? "barrels" : "tonnes";
    return new StatedQuantity(n, unit);
  }

  /** True when this amount is in the cap's unit and above it. */
  boolean exceeds(Cap cap) {
    return cap.unit().equalsIgnoreCase(unit) && amount > cap.quantity();
  }
}
