package org.axiswatch.mentions;

/**
 * What counts as a digit where runs of digits start, the places a date or a quantity pattern is
 * tried ({@link ChunkWords#numberStarts} finds them in its pass over a chunk).
 */
final class NumberRuns {
  private NumberRuns() {}

  /** {@link Character#isDigit(char)}, answered without a table lookup for ASCII and Hangul. */
  static boolean isDigit(char c) {
    if (c <= '9') {
      return c >= '0';
    }
    return c < '\u0660' || HangulSpelling.isHangul(c) ? false : Character.isDigit(c);
  }
}
