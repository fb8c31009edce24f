package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;

/**
 * Day words that count from another day (전날, 이틀 전, "the next day", "yesterday") and parts of a
 * year ("last fall", 올봄, 하반기), read from {@code relative-days.tsv} and {@code seasons.tsv}. A day
 * word is left to {@link DateContext}, which knows the days named around it; a part of a year is
 * dated here, to its year.
 */
final class RelativeDates {
  /** A day word: {@code days} after the day it counts from, the text's or the document's. */
  record DayWord(int days, boolean fromText) {}

  private record Part(int first, int last, boolean alone) {}

  /** After a Korean day word: nothing Hangul, or a particle (전날인, 이틀 전에); not 오늘날, 전일제. */
  private static final String KO_END = "(?:(?![가-힣])|(?=[에의인은는도까부보이와과로만엔]))";
  /** "two days before the summit", "the day after his visit": a preposition, not a date. */
  private static final String EN_END = "\\b(?!\\s+(?:the|a|an|his|her|its|their|our|this|that|these|"
      + "those|he|she|they|it|we|I|\\p{Lu}\\w*|\\w+['’]s)\\b)";
  /** English phrases that may also be a preposition: "the day before", "two days after". */
  private static final Pattern OPEN_END = Pattern.compile("\\b(?:before|after|prior)$");
  private static final String KO_PREFIX = "(올해|올|금년|지난\\s*해|작년|내년|지난|이번)";
  private static final String EN_PREFIX = "(last|this|next|past|the past|early|late|)";

  /** "3일 전", "10 days later": a count in digits, with the same meaning as the words. */
  private static final Pattern COUNT = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:\\s*일\\s*(전|뒤|후)" + KO_END
      + "|\\s+days\\s+(later|earlier)\\b)");

  private final Map<String, DayWord> days = new HashMap<>();
  private final Map<String, Part> parts = new HashMap<>();
  private final Pattern dayPattern;
  private final Pattern partPattern;
  /** The words a match of each pattern can open with: only there is the pattern tried. */
  private final Openers dayOpeners = new Openers();
  private final Openers partOpeners = new Openers();
  private static final Openers DIGITS = new Openers().add(List.of("0", "1", "2", "3", "4", "5",
      "6", "7", "8", "9"));

  RelativeDates(DataLines dayLines, DataLines partLines) {
    List<String> ko = new ArrayList<>();
    List<String> en = new ArrayList<>();
    List<String> enOpen = new ArrayList<>();
    for (DataLines.Row r : dayLines.rows()) {
      r.needColumns(3);
      String phrase = r.cell(0).toLowerCase(Locale.ROOT);
      String from = r.cell(2);
      if (phrase.isEmpty() || !from.equals("text") && !from.equals("document")) {
        throw r.problem("expected phrase, days and text|document");
      }
      days.put(key(phrase), new DayWord(number(r, 1), from.equals("text")));
      (phrase.matches(".*[가-힣].*") ? ko : OPEN_END.matcher(phrase).find() ? enOpen : en).add(phrase);
    }
    List<String> koParts = new ArrayList<>();
    List<String> koAlone = new ArrayList<>();
    List<String> enParts = new ArrayList<>();
    for (DataLines.Row r : partLines.rows()) {
      r.needColumns(5);
      String word = r.cell(0).toLowerCase(Locale.ROOT);
      int first = number(r, 1);
      int last = number(r, 2);
      boolean alone = r.cell(4).equals("alone");
      if (first < 1 || first > 12 || last < 1 || last > 12 || !r.cell(3).matches("ko|en")
          || !alone && !r.cell(4).equals("after")) {
        throw r.problem("expected word, first and last month (1-12), ko|en and alone|after");
      }
      parts.put(word, new Part(first, last, alone));
      (r.cell(3).equals("en") ? enParts : alone ? koAlone : koParts).add(Pattern.quote(word));
    }
    dayOpeners.add(ko).add(en).add(enOpen);
    List<String> partPhrases = new ArrayList<>(List.of("올해", "올", "금년", "지난", "작년", "내년",
        "이번", "the past"));
    List<String> prefixes = List.of("last", "this", "next", "past", "early", "late", "the");
    for (String prefix : prefixes) {
      partPhrases.add(prefix + " the");
    }
    for (String word : parts.keySet()) {
      partPhrases.add(word);
      for (String prefix : prefixes) {
        partPhrases.add(prefix + " " + word);
      }
    }
    partOpeners.add(partPhrases);
    dayPattern = Pattern.compile("(?<![가-힣])(?:" + alternatives(ko, "\\s*") + ")" + KO_END
        // closed phrases first: "the day before yesterday" before "the day before"
        + "|(?<![\\p{L}\\d])(?i:" + alternatives(en, "\\s+") + ")\\b"
        + "|(?<![\\p{L}\\d])(?i:" + alternatives(enOpen, "\\s+") + ")" + EN_END);
    partPattern = Pattern.compile("(?<![가-힣])" + KO_PREFIX + "\\s*(" + String.join("|", koParts)
        + "|" + String.join("|", koAlone) + ")" + KO_END
        + "|(?<![가-힣])(" + String.join("|", koAlone) + ")" + KO_END
        + "|(?<![\\p{L}\\d])(?i:" + EN_PREFIX + "\\s*(?:the\\s+)?(" + String.join("|", enParts) + ")"
        + "(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?)\\b");
  }

  static RelativeDates standard() {
    return new RelativeDates(DataLines.resource("relative-days.tsv"),
        DataLines.resource("seasons.tsv"));
  }

  /** Day words in [from, to), with their counts, for {@link DateContext} to settle. */
  void days(CharSequence text, int from, int to, PartialDate anchor, List<DateContext.Cand> out) {
    CharSequence chunk = text.subSequence(from, to);
    Matcher m = dayPattern.matcher(chunk);
    for (int at = 0; (at = next(m, dayOpeners, chunk, at, true)) >= 0; at = Math.max(m.end(), at + 1)) {
      DayWord w = days.get(key(m.group().toLowerCase(Locale.ROOT)));
      if (w == null) {
        continue;
      }
      PartialDate own = null;
      if (!w.fromText()) {
        if (anchor == null || anchor.day() == null) {
          continue;
        }
        own = PartialDate.of(anchor.first().plusDays(w.days()));
      }
      out.add(new DateContext.Cand(w.fromText() ? DateContext.Role.COUNTED : DateContext.Role.DEICTIC,
          from + m.start(), from + m.end(), own, w.days()));
    }
    Matcher c = COUNT.matcher(chunk);
    for (int at = 0; (at = next(c, DIGITS, chunk, at, false)) >= 0; at = Math.max(c.end(), at + 1)) {
      int n = Integer.parseInt(c.group(1));
      String way = c.group(2) != null ? c.group(2) : c.group(3);
      boolean back = way.equals("전") || way.equals("earlier");
      out.add(new DateContext.Cand(DateContext.Role.COUNTED, from + c.start(), from + c.end(), null,
          back ? -n : n));
    }
  }

  /** Parts of a year in [from, to), dated to their year; none without a document date or year. */
  void parts(CharSequence text, int from, int to, PartialDate anchor, List<Found> out) {
    CharSequence chunk = text.subSequence(from, to);
    Matcher m = partPattern.matcher(chunk);
    for (int at = 0; (at = next(m, partOpeners, chunk, at, true)) >= 0; at = Math.max(m.end(), at + 1)) {
      PartialDate d;
      try {
        d = part(m, anchor);
      } catch (RuntimeException invalid) {
        d = null;
      }
      if (d != null) {
        out.add(new Found(EntityType.DATE, from + m.start(), from + m.end(), null, null, "pattern",
            DateText.iso(d)));
      }
    }
  }

  private PartialDate part(Matcher m, PartialDate anchor) {
    String prefix;
    String word;
    if (m.group(2) != null) {
      prefix = m.group(1).replace(" ", "");
      word = m.group(2);
    } else if (m.group(3) != null) {
      prefix = "";
      word = m.group(3);
    } else {
      prefix = m.group(4).toLowerCase(Locale.ROOT).replace("the ", "").strip();
      word = m.group(5).toLowerCase(Locale.ROOT);
      if (m.group(6) != null) {
        return PartialDate.ofYear(Integer.parseInt(m.group(6)));
      }
    }
    Part p = parts.get(word);
    if (p == null || prefix.isEmpty() && !p.alone() || anchor == null) {
      return null;
    }
    int year = anchor.year();
    switch (prefix) {
      case "지난해", "작년" -> year--;
      case "내년", "next" -> year++;
      case "last", "past", "지난" -> {
        // the latest such part over before the document's month ("last fall" in January)
        int month = anchor.month() == null ? 12 : anchor.month();
        boolean winter = p.first() > p.last();
        year = winter ? (month >= 3 ? year - 1 : year - 2) : p.last() < month ? year : year - 1;
      }
      case "early", "late", "" -> {
        if (!p.alone()) {
          return null; // "early spring": no year said
        }
      }
      default -> { } // 올, 올해, 금년, 이번, this: the document's year
    }
    return PartialDate.ofYear(year);
  }

  /**
   * The next match from {@code at} on, as {@code find()} would give it, trying the pattern only
   * where a match can start (trying it at every position cost a sixth of the mention stage).
   * Transparent bounds let look-behinds see before {@code at}, as {@code find()} lets them.
   *
   * @return the match's start, or -1
   */
  private static int next(Matcher m, Openers starts, CharSequence chunk, int at,
      boolean wordStart) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = at; i < chunk.length(); i++) {
      char c = chunk.charAt(i);
      // a day or season word starts a word: after no Hangul syllable, a Latin one after no letter
      // or digit (the patterns' own look-behinds say so)
      if ((!wordStart || i == 0 || !followsWord(chunk.charAt(i - 1), c)) && starts.at(chunk, i)) {
        m.region(i, chunk.length());
        if (m.lookingAt()) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean followsWord(char before, char c) {
    return HangulSpelling.isHangul(before)
        || !HangulSpelling.isHangul(c) && Character.isLetterOrDigit(before);
  }

  /**
   * The words phrases open with: a Hangul one must stand at the position (particles may follow
   * it, 이틀 in 이틀전인), a Latin one must be the whole letter run there, in any case, and after a
   * word as common as "the" the next word too ("the day", not every "the").
   */
  private static final class Openers {
    private static final Set<String> COMMON = Set.of("the", "a", "an", "that", "this", "last",
        "next", "past", "early", "late", "one");
    private final BitSet first = new BitSet(Character.MAX_VALUE + 1);
    private final Set<String> hangul = new HashSet<>();
    private int longestHangul;
    /** Latin openers by their first letter, lower-case: a word, or a common word and the next. */
    private final Map<Character, List<String[]>> latin = new HashMap<>();

    Openers add(List<String> phrases) {
      for (String p : phrases) {
        if (p.isEmpty()) {
          continue;
        }
        char c = p.charAt(0);
        first.set(c);
        first.set(Character.toUpperCase(c));
        first.set(Character.toLowerCase(c));
        if (HangulSpelling.isHangul(c)) {
          String w = p.split(" ")[0];
          hangul.add(w);
          longestHangul = Math.max(longestHangul, w.length());
        } else if (Character.isLetter(c)) {
          String[] words = p.toLowerCase(Locale.ROOT).split(" ");
          String w = letters(words[0]);
          String[] key = COMMON.contains(w) && words.length > 1 && w.equals(words[0])
              ? new String[] {w, letters(words[1])} : new String[] {w};
          List<String[]> keys = latin.computeIfAbsent(Character.toLowerCase(c),
              k -> new ArrayList<>());
          if (keys.stream().noneMatch(k -> java.util.Arrays.equals(k, key))) {
            keys.add(key);
          }
        }
      }
      return this;
    }

    boolean at(CharSequence s, int i) {
      char c = s.charAt(i);
      if (!first.get(c)) {
        return false;
      }
      if (HangulSpelling.isHangul(c)) {
        for (int n = 1; n <= longestHangul && i + n <= s.length(); n++) {
          if (hangul.contains(s.subSequence(i, i + n).toString())) {
            return true;
          }
        }
        return false;
      }
      if (!Character.isLetter(c)) {
        return true;
      }
      List<String[]> keys = latin.get(Character.toLowerCase(c));
      if (keys == null) {
        return false;
      }
      int end = lettersEnd(s, i);
      for (String[] key : keys) {
        if (!wordIs(s, i, end, key[0])) {
          continue;
        }
        if (key.length == 1) {
          return true;
        }
        int j = end;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
          j++;
        }
        if (j > end && wordIs(s, j, lettersEnd(s, j), key[1])) {
          return true;
        }
      }
      return false;
    }

    /** Whether s[from, end) is the word, in any case (no copy: this runs at every word start). */
    private static boolean wordIs(CharSequence s, int from, int end, String word) {
      if (end - from != word.length()) {
        return false;
      }
      for (int k = 0; k < word.length(); k++) {
        if (Character.toLowerCase(s.charAt(from + k)) != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private static int lettersEnd(CharSequence s, int i) {
      int j = i;
      while (j < s.length() && Character.isLetter(s.charAt(j))
          && !HangulSpelling.isHangul(s.charAt(j))) {
        j++;
      }
      return j;
    }

    private static String letters(String s) {
      return s.substring(0, lettersEnd(s, 0));
    }
  }

  private static String alternatives(List<String> phrases, String space) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> out = new ArrayList<>();
    for (String p : sorted) {
      List<String> words = new ArrayList<>();
      for (String w : p.split(" ")) {
        words.add(Pattern.quote(w));
      }
      out.add(String.join(space, words));
    }
    return String.join("|", out);
  }

  private static String key(String phrase) {
    return phrase.replaceAll("\\s+", "");
  }

  private static int number(DataLines.Row r, int i) {
    try {
      return Integer.parseInt(r.cell(i).replace("+", ""));
    } catch (NumberFormatException e) {
      throw r.problem("not a whole number: " + r.cell(i));
    }
  }
}
