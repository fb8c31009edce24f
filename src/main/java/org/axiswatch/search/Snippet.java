package org.axiswatch.search;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Span;

/**
 * The matching stretch of a sentence and where the query's words fall in it.
 *
 * @param text the snippet text
 * @param highlights offsets into {@link #text()} of each matched word, in order, not overlapping
 */
public record Snippet(String text, List<Span> highlights) {
  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    for (Span h : highlights) {
      if (h.end() > text.length()) {
        throw new IllegalArgumentException("highlight " + h + " outside snippet of " + text.length());
      }
    }
  }
}
