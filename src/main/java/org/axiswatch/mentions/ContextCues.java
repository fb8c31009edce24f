package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around a name that say what it is, from src/main/resources/mentions/cues/: titles and
 * roles (위원장, 국방상, Defense Minister), body and place suffixes (-연구원, -사령부, -주, Ministry,
 * Oblast), Korean surnames, and words that look like names but are not.
 */
final class ContextCues {
  /** A suffix or head word and the type it gives. */
  record Head(String form, EntityType type) {}

  final Set<String> koreanTitles = new HashSet<>();
  final Set<String> englishTitles = new HashSet<>();
  /** The first word of each English title: a run of words not opening with one holds no title. */
  final Set<String> englishTitleStarts = new HashSet<>();
  final List<Head> koreanSuffixes = new ArrayList<>();
  final Map<String, EntityType> englishHeads = new HashMap<>();
  final Set<Character> surnames = new HashSet<>();
  /** Romanized Korean family names, lower-case (park, choe, ri): a Latin name opens with one. */
  final Set<String> latinSurnames = new HashSet<>();
  final Set<String> notNames = new HashSet<>();
  /** The Korean suffixes by last syllable, longest first, so a word is tried only against its own. */
  private final Map<Character, List<Head>> suffixesByLast = new HashMap<>();
  private int longestKoreanTitle;

  ContextCues(DataLines titles, DataLines suffixes, DataLines surnameLines, DataLines notNameLines) {
    for (DataLines.Row row : titles.rows()) {
      row.needColumns(2);
      switch (row.cell(1)) {
        case "ko" -> {
          koreanTitles.add(row.cell(0));
          longestKoreanTitle = Math.max(longestKoreanTitle, row.cell(0).length());
        }
        case "en" -> {
          String title = row.cell(0).toLowerCase(Locale.ROOT);
          englishTitles.add(title);
          englishTitleStarts.add(title.indexOf(' ') < 0 ? title : title.substring(0, title.indexOf(' ')));
        }
        default -> throw row.problem("language must be ko or en: '" + row.cell(1) + "'");
      }
    }
    for (DataLines.Row row : suffixes.rows()) {
      row.needColumns(3);
      if (row.cell(0).isEmpty()) {
        throw row.problem("empty suffix");
      }
      EntityType type;
      try {
        type = EntityType.valueOf(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.problem("unknown type '" + row.cell(1) + "'");
      }
      switch (row.cell(2)) {
        case "ko" -> koreanSuffixes.add(new Head(row.cell(0), type));
        case "en" -> englishHeads.put(row.cell(0), type);
        default -> throw row.problem("language must be ko or en: '" + row.cell(2) + "'");
      }
    }
    koreanSuffixes.sort(Comparator.comparingInt((Head h) -> h.form().length()).reversed());
    for (Head h : koreanSuffixes) {
      suffixesByLast.computeIfAbsent(h.form().charAt(h.form().length() - 1), c -> new ArrayList<>())
          .add(h);
    }
    for (DataLines.Row row : surnameLines.rows()) {
      if (row.cell(0).length() != 1 || !HangulSpelling.isHangul(row.cell(0).charAt(0))) {
        throw row.problem("a surname is one Hangul syllable: '" + row.cell(0) + "'");
      }
      surnames.add(row.cell(0).charAt(0));
      if (row.cells().length > 1) {
        for (String r : row.cell(1).split(",")) {
          if (!r.isBlank()) {
            latinSurnames.add(r.strip().toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    for (DataLines.Row row : notNameLines.rows()) {
      notNames.add(row.cell(0));
    }
  }

  static ContextCues standard() {
    return new ContextCues(DataLines.resource("cues/titles.tsv"),
        DataLines.resource("cues/suffixes.tsv"), DataLines.resource("cues/surnames.tsv"),
        DataLines.resource("cues/not-names.tsv"));
  }

  /** The Korean title that ends {@code word}, or null (국방장관 ends with 장관). */
  String koreanTitleEnding(String word) {
    String best = null;
    for (int k = 1; k <= Math.min(word.length(), longestKoreanTitle); k++) {
      String tail = word.substring(word.length() - k);
      if (koreanTitles.contains(tail)) {
        best = tail;
      }
    }
    return best;
  }

  /** The Korean body suffix that is the whole of {@code word} (국방부, 보안국), or null. */
  Head koreanBody(String word) {
    List<Head> candidates = word.isEmpty() ? null : suffixesByLast.get(word.charAt(word.length() - 1));
    if (candidates != null) {
      for (Head h : candidates) {
        if (h.type() == EntityType.ORG && h.form().equals(word)) {
          return h;
        }
      }
    }
    return null;
  }

  /** The Korean suffix that ends {@code word}, leaving a stem, or null. */
  Head koreanSuffix(String word) {
    if (word.isEmpty()) {
      return null;
    }
    List<Head> candidates = suffixesByLast.get(word.charAt(word.length() - 1));
    if (candidates == null) {
      return null;
    }
    for (Head h : candidates) {
      if (word.length() > h.form().length() && word.endsWith(h.form())) {
        return h;
      }
    }
    return null;
  }
}
