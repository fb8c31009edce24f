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

  /** Day words in the chunk, with their counts, for {@link DateContext} to settle. */
  void days(ChunkWords words, PartialDate anchor, List<DateContext.Cand> out) {
    String chunk = words.chunk;
    int from = words.from;
    Matcher m = dayPattern.matcher(chunk);
    for (int at = 0; (at = next(m, dayOpeners, words, at)) >= 0; at = Math.max(m.end(), at + 1)) {
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
    c.useTransparentBounds(true).useAnchoringBounds(false);
    int[] counts = words.countStarts();
    int at = 0;
    for (int p : counts) {
      // only where a digit follows no digit, stop or comma: COUNT's look-behind says the same
      if (p < at) {
        continue;
      }
      c.region(p, chunk.length());
      if (!c.lookingAt()) {
        continue;
      }
      int n = Integer.parseInt(c.group(1));
      String way = c.group(2) != null ? c.group(2) : c.group(3);
      boolean back = way.equals("전") || way.equals("earlier");
      out.add(new DateContext.Cand(DateContext.Role.COUNTED, from + c.start(), from + c.end(), null,
          back ? -n : n));
      at = Math.max(c.end(), p + 1);
    }
  }

  /** Parts of a year in the chunk, dated to their year; none without a document date or year. */
  void parts(ChunkWords words, PartialDate anchor, List<Found> out) {
    int from = words.from;
    Matcher m = partPattern.matcher(words.chunk);
    for (int at = 0; (at = next(m, partOpeners, words, at)) >= 0; at = Math.max(m.end(), at + 1)) {
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
   * at the chunk's word starts where one of its opening words stands (trying it at every position
   * cost a sixth of the mention stage). Transparent bounds let look-behinds see before the
   * position, as {@code find()} lets them.
   *
   * @return the match's start, or -1
   */
  private static int next(Matcher m, Openers starts, ChunkWords words, int at) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int length = words.chunk.length();
    for (int k = words.firstFrom(at); k < words.size(); k++) {
      if (starts.at(words, k)) {
        int i = words.start(k);
        m.region(i, length);
        if (m.lookingAt()) {
          return i;
        }
      }
    }
    return -1;
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
    /** Latin opening words, lower-case, and what may follow each. */
    private final Map<String, Follow> latinWords = new HashMap<>();
    private FoldedWords<Follow> latin = new FoldedWords<>(Map.of());

    /** After a Latin opening word: anything, or (after a common word) one of these words. */
    private static final class Follow {
      boolean alone;
      final Set<String> next = new HashSet<>();
      FoldedWords<Boolean> nextWords;
    }

    Openers add(List<String> phrases) {
      for (String p : phrases) {
        if (p.isEmpty()) {
          continue;
        }
        char c = p.charAt(0);
        if (!Character.isLetter(c)) {
          // word starts are where openers are looked for (ChunkWords), and they are letters
          throw new IllegalArgumentException("a day word or part of a year must open with a letter: " + p);
        }
        first.set(c);
        first.set(Character.toUpperCase(c));
        first.set(Character.toLowerCase(c));
        if (HangulSpelling.isHangul(c)) {
          String w = p.split(" ")[0];
          hangul.add(w);
          longestHangul = Math.max(longestHangul, w.length());
        } else {
          String[] words = p.toLowerCase(Locale.ROOT).split(" ");
          String w = letters(words[0]);
          Follow f = latinWords.computeIfAbsent(w, k -> new Follow());
          if (COMMON.contains(w) && words.length > 1 && w.equals(words[0])) {
            f.next.add(letters(words[1]));
          } else {
            f.alone = true;
          }
        }
      }
      for (Follow f : latinWords.values()) {
        f.nextWords = new FoldedWords<>(f.next.stream().collect(
            java.util.stream.Collectors.toMap(x -> x, x -> Boolean.TRUE)));
      }
      latin = new FoldedWords<>(latinWords);
      return this;
    }

    /** Whether an opening word stands at the k-th word start of the chunk. */
    boolean at(ChunkWords words, int k) {
      String s = words.chunk;
      int i = words.start(k);
      char c = s.charAt(i);
      if (!first.get(c)) {
        return false;
      }
      if (HangulSpelling.isHangul(c)) {
        for (int n = 1; n <= longestHangul && i + n <= s.length(); n++) {
          if (hangul.contains(s.substring(i, i + n))) {
            return true;
          }
        }
        return false;
      }
      int end = words.end(k);
      Follow f = latin.get(s, i, end, words.hash(k));
      if (f == null) {
        return false;
      }
      if (f.alone) {
        return true;
      }
      int j = end;
      while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      if (j == end) {
        return false;
      }
      if (k + 1 < words.size() && words.start(k + 1) == j && !HangulSpelling.isHangul(s.charAt(j))) {
        return f.nextWords.get(s, j, words.end(k + 1), words.hash(k + 1)) != null; // measured once
      }
      return f.nextWords.get(s, j, ChunkWords.lettersEnd(s, j)) != null;
    }

    private static String letters(String s) {
      return s.substring(0, ChunkWords.lettersEnd(s, 0));
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
