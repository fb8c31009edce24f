package org.axiswatch.mentions;

import java.util.List;

/**
 * Finds gazetteer names in text, leftmost-longest, with Korean word edges: a name starts a word
 * (or follows a prefix such as 대/방/친/반/주, or another name), and a short name (two syllables)
 * ends its word or is followed only by particles and glued nouns, so 평양 is not found in 태평양
 * and 부차 not in 부차적. One-syllable Hangul forms are left to {@link PressFormFinder}.
 */
final class GazetteerMatcher {
  /** Prefixes the press glues to a state or place name: 對/訪/親/反/駐/在/脫. */
  private static final String PREFIXES = "대방친반주재탈";
  /** Modifiers glued to a weapon name (신형전차, 개량형이스칸데르). */
  static final java.util.List<String> MODIFIERS = java.util.List.of("최신형", "개량형", "신형");
  /** Last syllables of the modifiers: only after one of them is the list worth checking. */
  private static final String MODIFIER_ENDS = MODIFIERS.stream()
      .map(m -> m.substring(m.length() - 1)).distinct().collect(java.util.stream.Collectors.joining());
  /** Closing quotes and brackets: a Hangul run right after one is a particle (‘…’이란). */
  private static final String CLOSERS = "’”」』)]》〉";

  private final NameIndex index;
  private final Particles particles;

  GazetteerMatcher(Gazetteer gazetteer, Particles particles) {
    this(gazetteer.index(), particles);
  }

  GazetteerMatcher(NameIndex index, Particles particles) {
    this.index = index;
    this.particles = particles;
  }

  void scan(CharSequence text, int from, int to, List<Found> out) {
    int lastEnd = -1;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (i != from && i != lastEnd && NameIndex.isLatin(c) && NameIndex.isLatin(text.charAt(i - 1))) {
        // inside a Latin word, where no name starts: the common case, tested first; the rest of the
        // word is inside it too (lastEnd lies behind), so it is skipped at once
        do {
          i++;
        } while (i < to && NameIndex.isLatin(text.charAt(i)));
        continue;
      }
      if (c < 0x80 && NameIndex.isLatin(c)) {
        // an ASCII Latin word (i is at its start, or where the last name ended): skipped whole when
        // no form starts with its letter, else hashed as it is passed over and skipped whole when
        // no form opens with it
        if (!index.mayStart(c)) {
          do {
            i++;
          } while (i < to && NameIndex.isLatin(text.charAt(i)));
          continue;
        }
        int e = i;
        int h = 0;
        int butLast = 0;
        char r = c;
        while (true) {
          butLast = h;
          h = 31 * h + ChunkWords.lower(r);
          if (++e == to) {
            break;
          }
          r = text.charAt(e);
          if (r >= 0x80 || !NameIndex.isLatin(r)) {
            break;
          }
        }
        // the word ends at a character that folds to no ASCII letter (the Kelvin sign does)
        boolean ascii = e == to || !NameIndex.isLatin(r) && !NameIndex.isLatin(NameIndex.fold(r));
        if (ascii && !index.mayOpen(h, butLast, e - i > 1 && text.charAt(e - 1) == 's')) {
          i = e;
          continue;
        }
      }
      // the index's bit test first: it turns away spaces, punctuation and most word starts at once
      if (!index.mayStart(c) || !Character.isLetterOrDigit(c) || !startsWord(text, from, i, lastEnd)) {
        i++;
        continue;
      }
      NameIndex.Hit hit = index.longestAt(text, i, to);
      if (hit == null) {
        i++;
        continue;
      }
      GazetteerEntry e = best(hit.forms());
      if (!endsWord(text, i, hit.end(), to)
          && !(e.type() == EntityType.WEAPON && lowerCasePlural(text, hit.end(), to))) {
        i++;
        continue;
      }
      if (e.type() == EntityType.WEAPON && afterPrefix(text, from, i, lastEnd)) {
        i++; // 대전차 로켓 is an anti-tank rocket, 대함 an anti-ship weapon: not the tank or ship
        continue;
      }
      int end = hit.end();
      if (end < to && text.charAt(end) == 's' && NameIndex.isLatin(text.charAt(end - 1))) {
        end++; // the plural belongs to the mention: ICBMs
      }
      out.add(Found.of(e, i, end));
      lastEnd = end;
      i = end;
    }
  }

  /** Several entries may share a form; a state wins, then the first loaded. */
  private static GazetteerEntry best(List<NameIndex.Form> forms) {
    for (NameIndex.Form f : forms) {
      if (f.entry().type() == EntityType.GPE) {
        return f.entry();
      }
    }
    return forms.get(0).entry();
  }

  private static boolean afterPrefix(CharSequence text, int from, int i, int lastEnd) {
    return i > from && i != lastEnd && HangulSpelling.isHangul(text.charAt(i))
        && PREFIXES.indexOf(text.charAt(i - 1)) >= 0;
  }

  private static boolean startsWord(CharSequence text, int from, int i, int lastEnd) {
    if (i == from || i == lastEnd) {
      return true;
    }
    char c = text.charAt(i);
    char prev = text.charAt(i - 1);
    if (NameIndex.isLatin(c)) {
      return !NameIndex.isLatin(prev);
    }
    if (HangulSpelling.isHangul(c)) {
      if (!HangulSpelling.isHangul(prev)) {
        return !closesQuote(text, from, i - 1);
      }
      for (int k = 0; k < MODIFIERS.size() && MODIFIER_ENDS.indexOf(prev) >= 0; k++) {
        String m = MODIFIERS.get(k);
        int s = i - m.length();
        if (s >= from && regionIs(text, s, m)
            && (s == from || !HangulSpelling.isHangul(text.charAt(s - 1)))) {
          return true;
        }
      }
      return PREFIXES.indexOf(prev) >= 0 && (i - 1 == from || !HangulSpelling.isHangul(text.charAt(i - 2)));
    }
    if (isHanja(c)) {
      return !Character.isDigit(prev) && !isHanja(prev);
    }
    return false;
  }

  private boolean endsWord(CharSequence text, int start, int end, int to) {
    char last = text.charAt(end - 1);
    char next = end < to ? text.charAt(end) : ' ';
    int length = end - start;
    if (NameIndex.isLatin(last)) {
      if (!NameIndex.isLatin(next)) {
        return true;
      }
      // plural of a designation: ICBMs, KN-23s
      boolean plural = next == 's' && (Character.isUpperCase(last) || Character.isDigit(last));
      return plural && (end + 1 >= to || !NameIndex.isLatin(text.charAt(end + 1)));
    }
    if (isHanja(last)) {
      return length > 1 || !isHanja(next);
    }
    if (!HangulSpelling.isHangul(last)) {
      return true;
    }
    int syllables = 0;
    for (int k = start; k < end; k++) {
      if (HangulSpelling.isHangul(text.charAt(k))) {
        syllables++;
      }
    }
    if (syllables < 2) {
      return false;
    }
    if (!HangulSpelling.isHangul(next) || syllables >= 3) {
      return true;
    }
    int r = end;
    while (r < to && HangulSpelling.isHangul(text.charAt(r))) {
      r++;
    }
    return particles.isTail(text, end, r) || index.longestAt(text, end, to) != null;
  }

  /** A class word in the plural: "ballistic missile" in "short-range ballistic missiles". */
  private static boolean lowerCasePlural(CharSequence text, int end, int to) {
    return end < to && text.charAt(end) == 's' && Character.isLowerCase(text.charAt(end - 1))
        && NameIndex.isLatin(text.charAt(end - 1))
        && (end + 1 >= to || !NameIndex.isLatin(text.charAt(end + 1)));
  }

  /** Whether {@code text} holds {@code word} at {@code at}; no substring is built per syllable. */
  static boolean regionIs(CharSequence text, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (text.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A closing quote or bracket at {@code q}; a straight quote closes when it follows a non-space. */
  private static boolean closesQuote(CharSequence text, int from, int q) {
    char c = text.charAt(q);
    if (CLOSERS.indexOf(c) >= 0) {
      return true;
    }
    return (c == '"' || c == '\'') && q > from && !Character.isWhitespace(text.charAt(q - 1));
  }

  static boolean isHanja(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF');
  }
}
