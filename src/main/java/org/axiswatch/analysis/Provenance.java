package org.axiswatch.analysis;

import java.util.Objects;
import org.axiswatch.pipeline.Span;

/**
 * Where a finding was read: enough for a footnote that an analyst can check against the source.
 *
 * @param documentId the source document's id (SHA-256 of its bytes)
 * @param span original offsets of the evidence
 * @param sentence index of the sentence holding the evidence's start, or -1 when not known
 * @param evidence the evidence text as read
 */
public record Provenance(String documentId, Span span, int sentence, String evidence) {
  public Provenance {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(evidence, "evidence");
    if (sentence < -1) {
      throw new IllegalArgumentException("sentence must be -1 or an index: " + sentence);
    }
  }
}
