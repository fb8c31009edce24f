package org.axiswatch.search;

import java.util.Objects;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.Span;

/**
 * One matching sentence.
 *
 * @param documentId the stored document's id
 * @param title its title, or null
 * @param date its date as written (2023, 2023-09, 2023-09-14), or null
 * @param language its language
 * @param unit the sentence's position in the document
 * @param span the sentence's original offsets in the document
 * @param score relevance (BM25), higher first
 * @param snippet the sentence with the query's words marked
 */
public record SearchHit(
    String documentId, String title, String date, Language language, int unit, Span span,
    float score, Snippet snippet) {
  public SearchHit {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(snippet, "snippet");
  }
}
