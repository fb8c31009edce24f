package org.axiswatch.mentions;

/** Where runs of digits start in a chunk: the places a date or a quantity pattern is tried. */
final class NumberRuns {
  private NumberRuns() {}

  /** {@link Character#isDigit(char)}, answered without a table lookup for ASCII and Hangul. */
  static boolean isDigit(char c) {
    if (c <= '9') {
      return c >= '0';
    }
    return c < '\u0660' || HangulSpelling.isHangul(c) ? false : Character.isDigit(c);
  }

  /** Offsets where a run of digits starts. */
  static int[] starts(CharSequence text, int from, int to) {
    int[] out = new int[16];
    int n = 0;
    boolean inRun = false;
    for (int i = from; i < to; i++) {
      boolean digit = isDigit(text.charAt(i));
      if (digit && !inRun) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
      inRun = digit;
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
