package org.axiswatch.mentions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English news names a government by its capital: "Pyongyang has sent troops", "talks between
 * Washington and Seoul", "shipping shells to Moscow". Such a mention is the state, not the city.
 * A capital stays a place after a locative word ("in Pyongyang", "flew to Hanoi"), in a dateline
 * ("SEOUL, June 19"), and before a possessive naming a site ("Pyongyang's Sunan airport").
 * Korean text is left alone: its particles (평양에서, 평양은) need a reading of their own.
 * Peninsula news also writes "the North" and "the South" for the two Koreas; those are added
 * where the text around speaks of Korea and no capitalised name follows (the North Atlantic).
 */
final class SeatResolver {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "around",
      "into", "inside", "via", "through", "across", "from", "of", "downtown", "central");
  /** Words before "to" that make it a journey: "flew to Moscow" is the city. */
  private static final Set<String> TRAVEL = Set.of("flew", "flown", "fly", "flying", "travelled",
      "traveled", "travel", "went", "go", "going", "returned", "return", "trip", "visit", "visits",
      "journey", "came", "come", "headed", "back", "arrived", "route", "way", "train");

  private final Map<String, String> seats = new HashMap<>();
  private final Gazetteer gazetteer;

  SeatResolver(DataLines lines, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (DataLines.Row row : lines.rows()) {
      row.needColumns(2);
      if (gazetteer.get(row.cell(0)) == null) {
        throw row.problem("no gazetteer place with id '" + row.cell(0) + "'");
      }
      if (gazetteer.state(row.cell(1)) == null) {
        throw row.problem("no state with alpha-3 '" + row.cell(1) + "'");
      }
      seats.put(row.cell(0), row.cell(1));
    }
  }

  static SeatResolver standard(Gazetteer gazetteer) {
    return new SeatResolver(DataLines.resource("cues/seats.tsv"), gazetteer);
  }

  private static final java.util.regex.Pattern HALVES =
      java.util.regex.Pattern.compile("\\bthe (North|South)\\b(?!-| [A-Z])");

  /** Words that say a chunk speaks of Korea: the name, either capital, the North's initials. */
  private static final List<String> KOREA_WORDS = List.of("Korea", "Pyongyang", "Seoul", "DPRK");

  /** Adds "the North" (PRK) and "the South" (KOR) where the chunk speaks of Korea. */
  void addHalves(ChunkWords words, List<Found> out) {
    String chunk = words.chunk;
    int from = words.from;
    if (!KOREA_WORDS.stream().anyMatch(chunk::contains)) {
      return;
    }
    // the pattern is tried only where "the North" or "the South" stands, not at every offset
    java.util.regex.Matcher m = HALVES.matcher(chunk).useTransparentBounds(true);
    int k = chunk.indexOf("the ");
    while (k >= 0) {
      if ((chunk.startsWith("North", k + 4) || chunk.startsWith("South", k + 4))
          && m.region(k, chunk.length()).lookingAt()) {
        GazetteerEntry e = gazetteer.state(m.group(1).equals("North") ? "PRK" : "KOR");
        out.add(new Found(EntityType.GPE, from + m.start(), from + m.end(), e.id(), e, "gazetteer", null));
        k = chunk.indexOf("the ", m.end());
      } else {
        k = chunk.indexOf("the ", k + 1);
      }
    }
  }

  /** Replaces, in {@code found}, each capital that stands for its government by the state. */
  void resolve(CharSequence text, int from, List<Found> found) {
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      String state = f.type() == EntityType.LOC && f.entityId() != null ? seats.get(f.entityId()) : null;
      if (state == null || !isLatin(text, f) || place(text, from, f, found)) {
        continue;
      }
      GazetteerEntry e = gazetteer.state(state);
      found.set(k, new Found(EntityType.GPE, f.start(), f.end(), e.id(), e, "gazetteer", null));
    }
  }

  private static boolean isLatin(CharSequence text, Found f) {
    return NameIndex.isLatin(text.charAt(f.start()));
  }

  private static boolean place(CharSequence text, int from, Found f, List<Found> found) {
    if (dateline(text, from, f)) {
      return true;
    }
    String prev = wordBefore(text, from, f.start());
    if (LOCATIVE.contains(prev)) {
      return true;
    }
    if (prev.equals("to") || prev.equals("for")) {
      int e = f.start();
      while (e > from && text.charAt(e - 1) == ' ') {
        e--;
      }
      if (TRAVEL.contains(wordBefore(text, from, start(text, from, e)))) {
        return true;
      }
    }
    // "Pyongyang's Sunan International Airport": a site named after the possessive
    int end = f.end();
    if (end + 3 < text.length() && text.charAt(end) == '\'' && text.charAt(end + 1) == 's'
        && text.charAt(end + 2) == ' ') {
      for (Found g : found) {
        if (g.start() == end + 3 && (g.type() == EntityType.FAC || g.type() == EntityType.LOC)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A dateline: the capital opens its line, in capitals or followed by a comma and a date. */
  private static boolean dateline(CharSequence text, int from, Found f) {
    int s = f.start();
    while (s > from && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '/'
        || Character.isLetter(text.charAt(s - 1)) && Character.isUpperCase(text.charAt(s - 1)))) {
      s--;
    }
    boolean opensLine = s == 0 || text.charAt(s - 1) == '\n' || text.charAt(s - 1) == '>';
    if (!opensLine) {
      return false;
    }
    boolean upper = true;
    for (int i = f.start(); i < f.end(); i++) {
      upper &= !Character.isLowerCase(text.charAt(i));
    }
    return upper || (f.end() < text.length() && (text.charAt(f.end()) == ',' || text.charAt(f.end()) == '/'));
  }

  /** Where the word ending at {@code end} starts. */
  private static int start(CharSequence text, int from, int end) {
    int s = end;
    while (s > from && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  /** The lower-case word before {@code start}, across spaces. */
  private static String wordBefore(CharSequence text, int from, int start) {
    int e = start;
    while (e > from && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = start(text, from, e);
    return text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
  }
}
