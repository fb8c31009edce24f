package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English names the gazetteer lacks, from runs of capitalised tokens: a title before a name
 * ("Defense Minister Andrei Belousov", "Mr. Kirby", "spokesman John Kirby"), a body head word
 * ("the Institute for Far Eastern Studies", "Korea Maritime Institute"), a place head
 * ("Kursk Oblast", "Tongchang-ri Base"). A run without a title or a head gives nothing.
 */
final class EnglishContextFinder {
  /** Capitalised words that start sentences or name times, never a name on their own. */
  private static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "this", "that", "these", "in", "on", "at", "but", "and", "however",
      "according", "after", "before", "when", "while", "last", "since", "during", "as", "it",
      "he", "she", "they", "we", "his", "her", "their", "its", "if", "for", "with", "from", "by",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "north", "south", "east", "west", "new", "former", "acting", "then");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "de");
  /**
   * Words that make a body generic rather than named: "Russia's Foreign Ministry" names the
   * ministry only with its state, which the gazetteer or the state mention carries.
   */
  private static final Set<String> GENERIC = Set.of("foreign", "defense", "defence", "national",
      "state", "interior", "finance", "justice", "public", "security", "general", "central",
      "military", "naval", "air", "ground", "armed", "special", "presidential", "federal", "joint",
      "affairs", "of", "for", "and", "the", "on");

  private final ContextCues cues;

  EnglishContextFinder(ContextCues cues) {
    this.cues = cues;
  }

  /** {@code tokens} with hyphenated words joined ({@link #hyphenated}). */
  void scan(CharSequence text, List<Token> tokens, Coverage known, List<Found> out) {
    int i = 0;
    while (i < tokens.size()) {
      if (!capitalised(tokens.get(i)) || known.covers(tokens.get(i).start(), tokens.get(i).end())) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && joined(text, tokens.get(j - 1), tokens.get(j))
          && !known.covers(tokens.get(j).start(), tokens.get(j).end())
          && (capitalised(tokens.get(j)) || connectorInside(text, tokens, j))) {
        j++;
      }
      classify(text, tokens, i, j, out);
      i = j;
    }
  }

  private void classify(CharSequence text, List<Token> tokens, int from, int to, List<Found> out) {
    int s = from;
    while (s < to && NOT_NAMES.contains(lower(tokens.get(s)))) {
      s++;
    }
    if (s >= to) {
      return;
    }
    // a byline: "By Daniel Okafor" alone on its line
    if (s == from + 1 && lower(tokens.get(from)).equals("by") && to - s >= 2 && name(tokens, s, to)
        && aloneOnLine(text, tokens.get(from).start(), tokens.get(to - 1).end())) {
      emit(EntityType.PERSON, tokens, s, to, text, out);
      return;
    }
    // a title inside the run: the longest run prefix that is a title, then one to three names
    for (int t = to - 1; t > s; t--) {
      if (cues.englishTitles.contains(phrase(tokens, s, t)) && name(tokens, t, to)) {
        emit(EntityType.PERSON, tokens, t, to, text, out);
        return;
      }
    }
    // a title just before the run, written in lower case: "spokesman John Kirby"
    if (s == from && from > 0 && cues.englishTitles.contains(lower(tokens.get(from - 1)))
        && joined(text, tokens.get(from - 1), tokens.get(from)) && to - s >= 2 && name(tokens, s, to)) {
      emit(EntityType.PERSON, tokens, s, to, text, out);
      return;
    }
    if (to - s < 2) {
      return;
    }
    EntityType last = cues.englishHeads.get(tokens.get(to - 1).text());
    EntityType first = cues.englishHeads.get(tokens.get(s).text());
    if (generic(tokens, s, to)) {
      return;
    }
    if (last != null) {
      emit(last, tokens, s, to, text, out);
    } else if (first == EntityType.ORG && CONNECTORS.contains(lower(tokens.get(s + 1)))) {
      emit(first, tokens, s, to, text, out);
    }
  }

  private static boolean aloneOnLine(CharSequence text, int start, int end) {
    for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Every word is a head word or a generic modifier: "Foreign Ministry", "Defense Department". */
  private boolean generic(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (!cues.englishHeads.containsKey(w) && !GENERIC.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private boolean name(List<Token> tokens, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (!capitalised(tokens.get(k)) || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
          || cues.englishHeads.containsKey(w) || cues.englishTitles.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String phrase(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(lower(tokens.get(k)));
    }
    return b.toString();
  }

  private static boolean connectorInside(CharSequence text, List<Token> tokens, int j) {
    return CONNECTORS.contains(lower(tokens.get(j))) && j + 1 < tokens.size()
        && capitalised(tokens.get(j + 1)) && joined(text, tokens.get(j), tokens.get(j + 1));
  }

  /** Two tokens separated by spaces only (or the period of Mr., Dr., Gen.). */
  private static boolean joined(CharSequence text, Token a, Token b) {
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\u00A0' && !(c == '.' && i == a.end() && a.text().length() <= 4)) {
        return false;
      }
    }
    return b.start() - a.end() <= 3;
  }

  private static boolean capitalised(Token t) {
    char c = t.text().charAt(0);
    return Character.isUpperCase(c) && t.text().length() > 1;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static void emit(EntityType type, List<Token> tokens, int from, int to, CharSequence text,
      List<Found> out) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    String form = Spaces.collapse(text.subSequence(start, end).toString());
    out.add(new Found(type, start, end, ContextIds.of(type, form), null, "context", null));
  }

  /** Joins tokens the standard tokenizer split at a hyphen: Kim In-ae, Thomas-Greenfield. */
  static List<Token> hyphenated(CharSequence text, List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Token last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && t.start() == last.end() + 1 && text.charAt(last.end()) == '-') {
        out.set(out.size() - 1, new Token(text.subSequence(last.start(), t.end()).toString(),
            last.start(), t.end(), last.pos()));
      } else {
        out.add(t);
      }
    }
    return out;
  }
}
