package org.axiswatch.structure;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Span;

/**
 * One sentence (a bullet item is at least one).
 *
 * @param index position in the document, from 0
 * @param span in original offsets
 * @param text the working (repaired) text of the sentence: line breaks inside it joined
 */
public record Sentence(int index, Span span, String text) {
  public static final Key<List<Sentence>> KEY = Key.named("sentences");

  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
