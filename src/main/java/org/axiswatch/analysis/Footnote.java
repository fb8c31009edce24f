package org.axiswatch.analysis;

import java.util.Objects;

/**
 * A numbered footnote: the document and the evidence a statement rests on.
 *
 * @param number from 1, in reading order
 * @param document the cited document
 * @param source span, sentence and evidence
 */
public record Footnote(int number, DocumentRef document, Provenance source) {
  public Footnote {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
    if (number < 1) {
      throw new IllegalArgumentException("footnotes count from 1: " + number);
    }
  }
}
