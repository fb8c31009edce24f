package org.axiswatch.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns one name part (a Latin token or a run of Hangul syllables) into a phonetic key whose
 * symbols merge what the spelling systems blur, and records which rules fired.
 *
 * <p>Symbols: consonants K (ㄱ ㄲ ㅋ; g k kk ck q), T (ㄷ ㄸ ㅌ; d t th), P (ㅂ ㅃ ㅍ; b p ph),
 * C (ㅈ ㅉ ㅊ; j ch tch), S (ㅅ ㅆ; s sh), L (ㄹ; r l), M, N, G (final ㅇ; ng), H, F, V, W, X, Z;
 * vowels A, E (ㅐ ㅔ), I (ㅣ ㅢ; i ee ui), O (ㅓ ㅗ ㅜ ㅡ; eo o u eu oo, because the North writes
 * ㅓ/ㅗ as o and ㅡ/ㅜ as u and the press writes ㅓ as u), and the glides Y and W.
 */
public final class PhoneticKey {
  /** Rule names for explanations. */
  static final String VOICING = "voicing (k/g, t/d, p/b, ch/j are one sound)";
  static final String VOWELS = "vowel merge (ㅓ ㅗ ㅜ ㅡ: eo/o/u/eu; ㅕ ㅛ ㅠ: yeo/yo/yu)";
  static final String INITIAL = "initial-sound rule (North 리/로/류 = South 이/노/유)";
  static final String ASPIRATE = "aspiration marks dropped (th/ph/kh = t/p/k)";
  static final String AFFRICATE = "ㅈ/ㅊ written j, ch, ch' (one class)";
  static final String SILENT_H = "silent h (Oh, Ahn, Sohn, Rhee)";
  static final String DOUBLES = "doubled letters (ee, oo, nn)";

  private static final String[] INITIALS =
      {"K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "C", "C", "C", "K", "T", "P", "H"};
  private static final String[] MEDIALS = {"A", "E", "YA", "YE", "O", "E", "YO", "YE", "O", "WA",
      "WE", "WE", "YO", "O", "WO", "WE", "WI", "YO", "O", "I", "I"};
  private static final String[] FINALS = {"", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L",
      "L", "L", "P", "L", "M", "P", "P", "T", "T", "G", "T", "T", "K", "T", "P", "T"};

  /** Latin rewrite rules, applied in order to the lower-case part; upper case is output. */
  private static final String[][] LATIN = {
      {"tch", "C", AFFRICATE}, {"ch", "C", AFFRICATE}, {"jj", "C", AFFRICATE}, {"zh", "C", AFFRICATE},
      {"j", "C", AFFRICATE}, {"sh", "S", ""}, {"ck", "K", ""}, {"kh", "K", ASPIRATE},
      {"ng", "G", ""}, {"kk", "K", ""}, {"gg", "K", ""}, {"g", "K", VOICING}, {"k", "K", ""},
      {"q", "K", ""}, {"c", "K", ""}, {"x", "KS", ""}, {"th", "T", ASPIRATE}, {"d", "T", VOICING},
      {"t", "T", ""}, {"ph", "P", ASPIRATE}, {"b", "P", VOICING}, {"p", "P", ""}, {"rh", "L", ""},
      {"r", "L", ""}, {"l", "L", ""}, {"s", "S", ""}, {"z", "Z", ""}, {"m", "M", ""},
      {"n", "N", ""}, {"h", "H", ""}, {"f", "F", ""}, {"v", "V", ""},
      {"yeo", "YO", VOWELS}, {"yoo", "YO", VOWELS}, {"you", "YO", VOWELS}, {"yo", "YO", ""},
      {"yu", "YO", VOWELS}, {"yae", "YE", ""}, {"ye", "YE", ""}, {"ya", "YA", ""},
      {"yi", "I", ""}, {"wae", "WE", ""}, {"weo", "WO", VOWELS}, {"wo", "WO", ""},
      {"we", "WE", ""}, {"wi", "WI", ""}, {"wa", "WA", ""}, {"oe", "WE", ""}, {"oi", "WE", ""},
      {"eui", "I", VOWELS}, {"ui", "I", VOWELS}, {"ee", "I", DOUBLES}, {"ae", "E", ""},
      {"ai", "E", ""}, {"eo", "O", VOWELS}, {"eu", "O", VOWELS}, {"oo", "O", DOUBLES},
      {"ou", "O", VOWELS}, {"u", "O", VOWELS}, {"o", "O", ""}, {"a", "A", ""}, {"e", "E", ""},
      {"i", "I", ""}, {"y", "Y", ""}, {"w", "W", ""}};
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

  /** A key and the rules that changed the spelling on the way. */
  public record Keyed(String key, Set<String> rules) {}

  private PhoneticKey() {}

  public static boolean isHangul(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /** Key of one part; Hangul syllables and Latin letters may not be mixed within a part. */
  public static Keyed of(String part) {
    Set<String> rules = new TreeSet<>();
    StringBuilder out = new StringBuilder();
    if (!part.isEmpty() && isHangul(part.charAt(0))) {
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (isHangul(c)) {
          out.append(syllable(c, rules));
        }
      }
    } else {
      out.append(initialRule(latin(part, rules), rules));
    }
    return new Keyed(collapse(out.toString(), rules), rules);
  }

  /** Each Hangul syllable begins a word-like unit in names, so the initial rule applies to each. */
  private static String syllable(char c, Set<String> rules) {
    int idx = c - 0xAC00;
    String medial = MEDIALS[(idx % 588) / 28];
    String s = INITIALS[idx / 588] + medial;
    return initialRule(s, rules) + FINALS[idx % 28];
  }

  private static String initialRule(String key, Set<String> rules) {
    if (key.length() >= 2 && (key.charAt(0) == 'L' || key.charAt(0) == 'N')) {
      char v = key.charAt(1);
      if (v == 'I' || v == 'Y') {
        rules.add(INITIAL);
        return key.substring(1);
      }
      if (key.charAt(0) == 'L' && "AEOW".indexOf(v) >= 0) {
        rules.add(INITIAL);
        return "N" + key.substring(1);
      }
    }
    return key;
  }

  private static String latin(String part, Set<String> rules) {
    String s = MARKS.matcher(Normalizer.normalize(part, Normalizer.Form.NFD)).replaceAll("");
    s = NOT_LETTER.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      boolean done = false;
      for (String[] r : LATIN) {
        if (s.startsWith(r[0], i)) {
          out.append(r[1]);
          if (!r[2].isEmpty() && !r[0].equals(r[1].toLowerCase(java.util.Locale.ROOT))) {
            rules.add(r[2]);
          }
          i += r[0].length();
          done = true;
          break;
        }
      }
      if (!done) {
        out.append(Character.toUpperCase(s.charAt(i)));
        i++;
      }
    }
    return dropSilentH(out.toString(), rules);
  }

  /** An h not followed by a vowel only lengthens the vowel before it (Oh, Ahn, Roh). */
  private static String dropSilentH(String key, Set<String> rules) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean vowelNext = i + 1 < key.length() && "AEIOYW".indexOf(key.charAt(i + 1)) >= 0;
      if (c == 'H' && !vowelNext && i > 0) {
        rules.add(SILENT_H);
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Joins part keys and merges doubled symbols across the joins ("Sun Nam" = "순남"). */
  public static String join(List<String> keys) {
    return collapse(String.join("", keys), new TreeSet<>());
  }

  static String collapse(String key, Set<String> rules) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      if (i > 0 && key.charAt(i) == key.charAt(i - 1)) {
        continue;
      }
      b.append(key.charAt(i));
    }
    return b.toString();
  }

  /** Splits a name into parts: spaces, hyphens, commas, dots, and Hangul/Latin boundaries. */
  public static List<String> parts(String name) {
    List<String> parts = new ArrayList<>();
    for (String raw : name.split("[\\s\\-‐‑–,.·/()]+")) {
      if (!raw.isBlank()) {
        parts.add(raw);
      }
    }
    return parts;
  }
}
