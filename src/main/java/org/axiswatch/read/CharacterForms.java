package org.axiswatch.read;

import com.ibm.icu.text.Normalizer2;

/**
 * Copies original text into a {@link RepairedText.Builder} in canonical form: full-width ASCII to
 * ASCII (NFKC for that block only: circled numbers and other compatibility forms carry outline
 * meaning and are kept), odd spaces to a space, zero-width characters and soft hyphens dropped,
 * everything else NFC (decomposed Hangul from some PDF and macOS tools becomes syllables).
 */
final class CharacterForms {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private CharacterForms() {}

  /** Writes original[start, end) to the builder, which must be positioned at start. */
  static void copy(RepairedText.Builder b, String original, int start, int end) {
    CharSequence range = java.nio.CharBuffer.wrap(original, start, end);
    if (NFC.isNormalized(range) && !needsReplacement(original, start, end)) {
      flush(b, original, start, end); // the common case: nothing to change
      return;
    }
    int runStart = start;
    int i = start;
    while (i < end) {
      char c = original.charAt(i);
      String replacement = replacement(c);
      if (replacement != null) {
        flush(b, original, runStart, i);
        b.replace(i, i + 1, replacement);
        i++;
        runStart = i;
        continue;
      }
      int cp = original.codePointAt(i);
      int len = Character.charCount(cp);
      if (!NFC.isInert(cp) && !isNfcClean(original, i, end)) {
        flush(b, original, runStart, i);
        int j = i + len;
        while (j < end && !NFC.hasBoundaryBefore(original.codePointAt(j))) {
          j += Character.charCount(original.codePointAt(j));
        }
        String segment = original.substring(i, j);
        if (NFC.isNormalized(segment)) {
          b.copy(i, j);
        } else {
          b.replace(i, j, NFC.normalize(segment));
        }
        i = j;
        runStart = i;
        continue;
      }
      i += len;
    }
    flush(b, original, runStart, end);
  }

  /** A quick check that the character at i starts a segment already in NFC. */
  private static boolean isNfcClean(String s, int i, int end) {
    int cp = s.codePointAt(i);
    int next = i + Character.charCount(cp);
    boolean boundaryAfter = next >= end || NFC.hasBoundaryBefore(s.codePointAt(next));
    return boundaryAfter && NFC.isNormalized(s.substring(i, next));
  }

  private static void flush(RepairedText.Builder b, String original, int from, int to) {
    if (to > from) {
      b.copy(from, to);
    }
  }

  private static boolean needsReplacement(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (replacement(s.charAt(i)) != null) {
        return true;
      }
    }
    return false;
  }

  private static String replacement(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return String.valueOf((char) (c - 0xFEE0));
    }
    if (c == '\u3000' || c == '\u00A0' || c == '\f' || (c >= '\u2000' && c <= '\u200A')) {
      return " ";
    }
    if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
      return "";
    }
    return null;
  }
}
