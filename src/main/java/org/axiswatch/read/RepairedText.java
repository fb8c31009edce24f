package org.axiswatch.read;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Span;

/**
 * The working text that later stages scan, with a map from each of its offsets back to the
 * original text. Repairs only delete, keep or replace characters in order, so the map is
 * non-decreasing and a working span maps to one original span.
 *
 * <p>Build it with {@link Builder}: copy runs of the original, insert replacement characters
 * (which map to the original character they replace), skip what is removed.
 */
public final class RepairedText {
  public static final Key<RepairedText> KEY = Key.named("repaired-text");

  private final String original;
  private final String text;
  /** toOriginal[i] = original offset of working char i; toOriginal[text.length()] = end. */
  private final int[] toOriginal;
  /** endOf[i] = original end (exclusive) of what working char i stands for: a character composed
   * from several (NFC of decomposed Hangul) covers all of them. */
  private final int[] endOf;
  private final List<Span> removed;

  private RepairedText(String original, String text, int[] toOriginal, int[] endOf, List<Span> removed) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
    this.endOf = endOf;
    this.removed = List.copyOf(removed);
  }

  /** The text unchanged: identity map. */
  public static RepairedText unchanged(String original) {
    Builder b = new Builder(original);
    b.copy(0, original.length());
    return b.build();
  }

  public String original() {
    return original;
  }

  /** The working text. */
  public String text() {
    return text;
  }

  /** Stretches of the original that were taken out of the working text (footnotes, page furniture). */
  public List<Span> removed() {
    return removed;
  }

  /** Original offset of the working character at {@code working} (or the end, at text length). */
  public int toOriginal(int working) {
    return toOriginal[working];
  }

  /** The original span covering working characters [start, end). */
  public Span toOriginal(int start, int end) {
    if (start == end) {
      int o = toOriginal[start];
      return new Span(o, o);
    }
    // end maps through the last included character, so trailing removed text is not swallowed
    return new Span(toOriginal[start], Math.max(toOriginal[start], endOf[end - 1]));
  }

  /** The first working offset whose original offset is at or after {@code original}. */
  public int toWorking(int originalOffset) {
    int i = Arrays.binarySearch(toOriginal, originalOffset);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && toOriginal[i - 1] == originalOffset) {
      i--;
    }
    return i;
  }

  /** The working text of an original span. */
  public String workingText(Span original) {
    return text.substring(toWorking(original.start()), toWorking(original.end()));
  }

  /** Builds a repaired text left to right over the original. */
  public static final class Builder {
    private final String original;
    private final StringBuilder text = new StringBuilder();
    private int[] map = new int[64];
    private int[] ends = new int[64];
    private int next;
    private final java.util.ArrayList<Span> removed = new java.util.ArrayList<>();

    public Builder(String original) {
      this.original = Objects.requireNonNull(original);
    }

    /** Copies original[start, end) unchanged. */
    public Builder copy(int start, int end) {
      checkOrder(start, end);
      for (int i = start; i < end; i++) {
        push(original.charAt(i), i, i + 1);
      }
      next = end;
      return this;
    }

    /** Puts {@code replacement} in place of original[start, end) (empty start==end: an insertion). */
    public Builder replace(int start, int end, CharSequence replacement) {
      checkOrder(start, end);
      int n = replacement.length();
      for (int i = 0; i < n; i++) {
        int from = Math.min(start + i, Math.max(start, end - 1));
        push(replacement.charAt(i), from, i == n - 1 ? end : Math.max(from, Math.min(start + i + 1, end)));
      }
      next = end;
      return this;
    }

    /** Leaves original[start, end) out of the working text. */
    public Builder skip(int start, int end) {
      checkOrder(start, end);
      if (end > start) {
        removed.add(new Span(start, end));
      }
      next = end;
      return this;
    }

    /** Where the next call must start. */
    public int position() {
      return next;
    }

    public RepairedText build() {
      if (next < original.length()) {
        copy(next, original.length());
      }
      int[] m = Arrays.copyOf(map, text.length() + 1);
      m[text.length()] = original.length();
      return new RepairedText(original, text.toString(), m, Arrays.copyOf(ends, text.length()), removed);
    }

    private void push(char c, int originalOffset, int originalEnd) {
      if (text.length() == map.length) {
        map = Arrays.copyOf(map, map.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      map[text.length()] = originalOffset;
      ends[text.length()] = originalEnd;
      text.append(c);
    }

    private void checkOrder(int start, int end) {
      if (start != next || end < start || end > original.length()) {
        throw new IllegalArgumentException(
            "repairs go left to right: at " + next + ", asked [" + start + ", " + end + ")");
      }
    }
  }
}
