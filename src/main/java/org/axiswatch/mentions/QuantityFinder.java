package org.axiswatch.mentions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts with units: "100만톤", "2,600여명", "40초", "500,000 barrels", "1 million shells". The
 * value is "amount unit", plus " ~" when approximate (여, 약, 가량, about), " >=" for at least
 * (이상, more than) and " <=" for at most (이하, up to): "1000000 t", "2600 person ~". Units and
 * their normal names are data (units.tsv).
 */
final class QuantityFinder {
  private static final Map<String, BigDecimal> SCALE = Map.of(
      "십", BigDecimal.TEN, "백", BigDecimal.valueOf(100), "천", BigDecimal.valueOf(1000),
      "만", BigDecimal.valueOf(10_000), "억", BigDecimal.valueOf(100_000_000),
      "조", BigDecimal.valueOf(1_000_000_000_000L), "hundred", BigDecimal.valueOf(100),
      "thousand", BigDecimal.valueOf(1000), "million", BigDecimal.valueOf(1_000_000),
      "billion", BigDecimal.valueOf(1_000_000_000));

  private final Map<String, String> units = new HashMap<>();
  private final Pattern korean;
  private final Pattern english;
  private final UnitStarts koreanStarts;
  private final UnitStarts englishStarts;
  private final Particles particles;

  QuantityFinder(DataLines data, Particles particles) {
    this.particles = particles;
    List<String> ko = new ArrayList<>();
    List<String> en = new ArrayList<>();
    List<String> koForms = new ArrayList<>();
    List<String> enForms = new ArrayList<>(List.of("hundred", "thousand", "million", "billion"));
    for (DataLines.Row row : data.rows()) {
      row.needColumns(3);
      String surface = row.cell(0);
      units.put(surface.toLowerCase(Locale.ROOT), row.cell(1));
      switch (row.cell(2)) {
        case "ko" -> {
          ko.add(Pattern.quote(surface));
          koForms.add(surface);
        }
        case "en" -> {
          en.add(Pattern.quote(surface));
          enForms.add(surface);
        }
        default -> throw row.problem("language must be ko or en: '" + row.cell(2) + "'");
      }
    }
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    ko.sort(longestFirst);
    en.sort(longestFirst);
    String number = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    String segment = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(?:천|백|십)?\\s*(?:조|억|만)?";
    // patterns start on a digit so the engine skips other characters cheaply; the word before
    // (약, about) is read in code
    korean = Pattern.compile("()(" + segment + "(?:\\s*" + segment
        + ")*)()\\s*(여|余)?\\s*(" + String.join("|", ko) + ")(\\s*(?:여|가량|남짓|정도|이상|이하))?");
    english = Pattern.compile("(?i)()" + number + "(?:\\s*(hundred|thousand|million|billion))?"
        + "\\s*()(" + String.join("|", en) + ")\\b()");
    koreanStarts = new UnitStarts(koForms, "천백십조억만여余");
    englishStarts = new UnitStarts(enForms, "");
  }

  /**
   * A cheap necessary condition for a pattern to match at a number: only digits, separators,
   * spaces and (Korean) scale words and 여 stand between the number and its unit (or English scale
   * word), so one of those must start inside that run or right after it. Most numbers (years,
   * dates, article numbers) fail it, and the regex, which tries every unit at every backtracking
   * step, is not run for them. Letters compare without case, as the English pattern does.
   */
  private static final class UnitStarts {
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final String between;

    UnitStarts(List<String> forms, String between) {
      for (String f : forms) {
        byFirst.computeIfAbsent(Character.toLowerCase(f.charAt(0)), c -> new ArrayList<>()).add(f);
      }
      this.between = between;
    }

    boolean mayFollow(CharSequence text, int at, int to) {
      for (int q = at; q < to; q++) {
        char c = text.charAt(q);
        if (startsUnit(text, q, to, byFirst.get(Character.toLowerCase(c)))) {
          return true;
        }
        if (!Character.isDigit(c) && c != ',' && c != '.' && !Character.isWhitespace(c)
            && between.indexOf(c) < 0) {
          return false;
        }
      }
      return false;
    }

    private static boolean startsUnit(CharSequence text, int q, int to, List<String> forms) {
      if (forms == null) {
        return false;
      }
      for (String f : forms) {
        int k = 0;
        while (k < f.length() && q + k < to
            && Character.toLowerCase(text.charAt(q + k)) == Character.toLowerCase(f.charAt(k))) {
          k++;
        }
        if (k == f.length()) {
          return true;
        }
      }
      return false;
    }
  }

  static QuantityFinder standard(Particles particles) {
    return new QuantityFinder(DataLines.resource("units.tsv"), particles);
  }

  /** @param digits the chunk's {@link ChunkWords#numberStarts}, shared with the date finder */
  void scan(CharSequence text, int from, int to, int[] digits, List<Found> out) {
    find(korean, koreanStarts, text, from, to, digits, true, out);
    find(english, englishStarts, text, from, to, digits, false, out);
  }

  private void find(Pattern p, UnitStarts starts, CharSequence text, int from, int to, int[] digits,
      boolean ko, List<Found> out) {
    Matcher m = p.matcher(text);
    m.useTransparentBounds(true);
    for (int at : digits) {
      if (!starts.mayFollow(text, at, to)) {
        continue;
      }
      m.region(at, to);
      if (!m.lookingAt()) {
        continue;
      }
      int end = m.end();
      char prev = m.start() > from ? text.charAt(m.start() - 1) : ' ';
      if (Character.isDigit(prev) || prev == '.' || prev == ',' || (ko && !wordEnds(text, end, to))) {
        continue;
      }
      String before = wordBefore(text, from, m.start(), ko);
      BigDecimal amount = ko ? koreanNumber(m.group(2)) : new BigDecimal(m.group(2).replace(",", ""));
      if (m.group(2).isBlank() || m.group(2).indexOf('.') != m.group(2).lastIndexOf('.')) {
        continue; // two stops: a dotted date ('24.10.16 회의), not an amount
      }
      if (!ko && m.group(3) != null) {
        amount = amount.multiply(SCALE.get(m.group(3).toLowerCase(Locale.ROOT)));
      }
      String unit = units.get(m.group(5).toLowerCase(Locale.ROOT));
      if (unit.equals("year") && amount.compareTo(BigDecimal.valueOf(1900)) >= 0) {
        continue; // 2012년 is a date
      }
      String qualifier = qualifier(before, m.group(4), m.group(6));
      String value = amount.stripTrailingZeros().toPlainString() + " " + unit + qualifier;
      int start = before == null ? m.start() : m.start() - before.length() - gap(text, from, m.start());
      out.add(new Found(EntityType.QUANTITY, start, end, null, null, "pattern", value));
    }
  }

  private static final Pattern SEGMENT = Pattern.compile(
      "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(천|백|십)?\\s*(조|억|만)?");

  /** Korean numbers mix digits and scale words: 1만1천 = 11000, 3억 5천만 = 350000000. */
  static BigDecimal koreanNumber(String s) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO;
    Matcher m = SEGMENT.matcher(s);
    while (m.find()) {
      BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
      if (m.group(2) != null) {
        v = v.multiply(SCALE.get(m.group(2)));
      }
      if (m.group(3) != null) {
        total = total.add(group.add(v).multiply(SCALE.get(m.group(3))));
        group = BigDecimal.ZERO;
      } else {
        group = group.add(v);
      }
    }
    return total.add(group);
  }

  private static final java.util.List<String> KOREAN_BEFORE = java.util.List.of("약", "최소", "최대", "무려");
  private static final java.util.List<String> ENGLISH_BEFORE = java.util.List.of("about", "around",
      "approximately", "some", "nearly", "almost", "more than", "over", "up to", "at least", "roughly");

  /** The qualifying word right before the number (약 100만톤, about 500 tons), or null. */
  private static String wordBefore(CharSequence text, int from, int start, boolean ko) {
    int e = start - gap(text, from, start);
    for (String w : ko ? KOREAN_BEFORE : ENGLISH_BEFORE) {
      int s = e - w.length();
      if (s >= from && text.subSequence(s, e).toString().equalsIgnoreCase(w)
          && (s == from || !Character.isLetter(text.charAt(s - 1)))) {
        return text.subSequence(s, e).toString();
      }
    }
    return null;
  }

  private static int gap(CharSequence text, int from, int start) {
    int g = 0;
    while (start - g > from && g < 2 && text.charAt(start - g - 1) == ' ') {
      g++;
    }
    return g;
  }

  /** The unit ends its word, or only particles follow (14명이, 4시간의), not 3원칙. */
  private boolean wordEnds(CharSequence text, int end, int to) {
    int r = end;
    while (r < to && HangulSpelling.isHangul(text.charAt(r))) {
      r++;
    }
    return particles.isTail(text, end, r);
  }

  private static String qualifier(String before, String yeo, String after) {
    String b = before == null ? "" : before.toLowerCase(Locale.ROOT);
    String a = after == null ? "" : after.strip();
    if (a.equals("이상") || b.equals("more than") || b.equals("over") || b.equals("at least")
        || b.equals("최소")) {
      return " >=";
    }
    if (a.equals("이하") || b.equals("up to") || b.equals("최대")) {
      return " <=";
    }
    if ((yeo != null && !yeo.isEmpty()) || !a.isEmpty() || !b.isEmpty() && !b.equals("무려")) {
      return " ~";
    }
    return "";
  }
}
