package org.axiswatch.mentions;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The South's and the North's Hangul spelling of one Korean name. The South applies the
 * initial-sound rule (두음법칙) at the start of a word: ㄹ before i/y becomes silent (리→이),
 * ㄹ before other vowels becomes ㄴ (로→노), ㄴ before i/y becomes silent (녀→여); the North keeps
 * them. Given names start a word too (최룡해 / 최용해), so the rule applies to the surname and the
 * first given-name syllable. South→North is ambiguous (이 may be 이 or 리), so it is only done for
 * surnames, where the North's form is fixed.
 */
final class HangulSpelling {
  private static final int BASE = 0xAC00;
  private static final int RIEUL = 5;
  private static final int NIEUN = 2;
  private static final int IEUNG = 11;
  /** Medial vowels with an i/y onset: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ. */
  private static final Set<Integer> Y_VOWELS = Set.of(2, 3, 6, 7, 12, 17, 20);
  private static final Map<Character, Character> NORTH_SURNAME = Map.of(
      '이', '리', '임', '림', '유', '류', '양', '량', '노', '로', '나', '라', '여', '려', '염', '렴');

  private HangulSpelling() {}

  /** The name itself and its other-side spelling(s). */
  static Set<String> variants(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    String compact = name.replace(" ", "");
    if (compact.length() < 2 || compact.length() > 4 || !allHangul(compact)) {
      return out;
    }
    String south = southern(southern(compact, 0), 1);
    out.add(south);
    Character north = NORTH_SURNAME.get(compact.charAt(0));
    if (north != null) {
      out.add(north + compact.substring(1));
    }
    return out;
  }

  /** The South's spelling of the syllable at {@code i}, the rest unchanged. */
  static String southern(String word, int i) {
    char c = word.charAt(i);
    if (c < BASE || c > 0xD7A3) {
      return word;
    }
    int s = c - BASE;
    int initial = s / (21 * 28);
    int medial = (s / 28) % 21;
    int fin = s % 28;
    int changed = initial;
    if (initial == RIEUL) {
      changed = Y_VOWELS.contains(medial) ? IEUNG : NIEUN;
    } else if (initial == NIEUN && Y_VOWELS.contains(medial)) {
      changed = IEUNG;
    }
    if (changed == initial) {
      return word;
    }
    char repl = (char) (BASE + (changed * 21 + medial) * 28 + fin);
    return word.substring(0, i) + repl + word.substring(i + 1);
  }

  static boolean isHangul(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  static boolean allHangul(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isHangul(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
