package org.axiswatch.mentions;

import java.util.Arrays;

/**
 * One pass over a chunk for what several finders look up word by word: where words start, the end
 * and case-folded hash of the letter run at each non-Hangul start, where runs of digits and counts
 * in digits start, and whether the chunk holds Hangul at all. {@link MentionFinder} makes one per
 * chunk and hands it on. The day-word, season and date-rule finders look words up here
 * ({@link FoldedWords}, {@link WordStarts}) instead of each walking every character of the chunk
 * and copying words to lower-case them. A new rule that opens on a word should do the same: list
 * its words in a {@link FoldedWords} (any case) or a {@link WordStarts} (as written) and try its
 * pattern only at the word starts they give.
 *
 * <p>A word starts at a letter that follows no word: after no Hangul syllable, and a non-Hangul
 * letter after no letter or digit either (the look-behinds of the day and season patterns say the
 * same). Offsets are chunk-relative: {@link #chunk} is the chunk's own string, and patterns matched
 * on it see the chunk's edges as the ends of the text, as they did when each finder cut its copy.
 */
final class ChunkWords {
  /** The chunk's text. */
  final String chunk;
  /** Where the chunk starts in the document's working text. */
  final int from;
  /** Whether any Hangul syllable stands in the chunk: if not, no Korean word needs looking for. */
  final boolean hangul;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] hashes = new int[64];
  private int size;
  private int[] counts = new int[16];
  private int countSize;
  private int[] runs = new int[16];
  private int runSize;

  /** ASCII letters and digits: any other ASCII character starts no word and no number. */
  private static final boolean[] ASCII_WORDY = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORDY[c] = isLetterOrDigit(c);
    }
  }

  ChunkWords(CharSequence text, int from, int to) {
    this.chunk = text.subSequence(from, to).toString();
    this.from = from;
    String s = chunk;
    int n = s.length();
    boolean anyHangul = false;
    char prev = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80 && !ASCII_WORDY[c]) {
        prev = c; // a space or a stop: the common case, settled by one table look-up
        i++;
        continue;
      }
      if (HangulSpelling.isHangul(c)) {
        anyHangul = true;
        if (i == 0 || !HangulSpelling.isHangul(prev)) {
          add(i, i, 0);
        }
      } else if (isLetter(c)) {
        if (i == 0 || !(HangulSpelling.isHangul(prev) || isLetterOrDigit(prev))) {
          // the run's end and its hash in one loop; an ASCII letter folds by its 0x20 bit
          int e = i;
          int h = 0;
          for (char r = c; ; r = s.charAt(e)) {
            if (r < 0x80) {
              if (!((r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'))) {
                break;
              }
              h = 31 * h + (r | 0x20);
            } else if (Character.isLetter(r) && !HangulSpelling.isHangul(r)) {
              h = 31 * h + Character.toLowerCase(r);
            } else {
              break;
            }
            if (++e == n) {
              break;
            }
          }
          add(i, e, mix(h));
          prev = s.charAt(e - 1);
          i = e;
          continue; // inside the run no word starts
        }
      } else if (NumberRuns.isDigit(c)) {
        if (i == 0 || !NumberRuns.isDigit(prev)) {
          if (runSize == runs.length) {
            runs = Arrays.copyOf(runs, runSize * 2);
          }
          runs[runSize++] = from + i;
        }
        if (c <= '9' && (i == 0 || !(prev >= '0' && prev <= '9' || prev == '.' || prev == ','))) {
          if (countSize == counts.length) {
            counts = Arrays.copyOf(counts, countSize * 2);
          }
          counts[countSize++] = i;
        }
      }
      prev = c;
      i++;
    }
    this.hangul = anyHangul;
  }

  private void add(int start, int end, int hash) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    hashes[size] = hash;
    size++;
  }

  /** How many words start in the chunk. */
  int size() {
    return size;
  }

  /** Where the k-th word starts (chunk offset). */
  int start(int k) {
    return starts[k];
  }

  /** The end of the k-th word's letter run; its start for a Hangul word (not measured). */
  int end(int k) {
    return ends[k];
  }

  /** The case-folded {@link #hash} of the k-th word's letter run (0 for a Hangul word). */
  int hash(int k) {
    return hashes[k];
  }

  /** The first word starting at or after chunk offset {@code at}; {@link #size()} if none. */
  int firstFrom(int at) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Chunk offsets where an ASCII digit follows no digit, stop or comma: the only places a count
   * ("3일 전", "10 days later") can start.
   */
  int[] countStarts() {
    return Arrays.copyOf(counts, countSize);
  }

  /** Where runs of digits ({@link NumberRuns#isDigit}) start, in the document's offsets. */
  int[] numberStarts() {
    return Arrays.copyOf(runs, runSize);
  }

  /** The end of the run of non-Hangul letters from {@code i}. */
  static int lettersEnd(CharSequence s, int i) {
    int j = i;
    while (j < s.length() && isLetter(s.charAt(j)) && !HangulSpelling.isHangul(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** The hash {@link FoldedWords} looks words up by: over the lower-cased characters. */
  static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + lower(s.charAt(k));
    }
    return mix(h);
  }

  /** {@link Character#toLowerCase(char)}, without its table for ASCII. */
  static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }
    return Character.toLowerCase(c);
  }

  /** The last step of {@link #hash}, for a caller that sums the characters itself. */
  static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }
}
