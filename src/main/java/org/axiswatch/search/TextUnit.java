package org.axiswatch.search;

import java.util.Objects;
import org.axiswatch.pipeline.Span;

/**
 * One searchable stretch of a document: a sentence (or a paragraph when no sentences are known).
 *
 * @param index position in the document, from 0
 * @param span original offsets of the unit
 * @param text the unit's text, as shown in snippets
 */
public record TextUnit(int index, Span span, String text) {
  public TextUnit {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
  }
}
