package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into chunks of whole lines of about {@link #TARGET} characters, so each finder
 * works on a bounded window; a line longer than {@link #MAX} is cut at a space (or, failing one,
 * hard). Names rarely cross a line break that ends a chunk, and never cross a hard cut.
 */
final class TextChunks {
  static final int TARGET = 2_000;
  static final int MAX = 8_000;

  private TextChunks() {}

  /** [start, end) pairs covering the text in order. */
  static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = Math.min(n, start + TARGET);
      if (end < n) {
        int nl = text.indexOf('\n', end);
        if (nl >= 0 && nl - start <= MAX) {
          end = nl + 1;
        } else {
          int hard = Math.min(n, start + MAX);
          int space = hard;
          while (space > start + TARGET && !Character.isWhitespace(text.charAt(space - 1))) {
            space--;
          }
          end = space > start + TARGET ? space : hard;
        }
      }
      out.add(new int[] {start, end});
      start = end;
    }
    return out;
  }
}
