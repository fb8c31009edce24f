package org.axiswatch.read;

import java.util.Objects;
import org.axiswatch.pipeline.Key;

/**
 * A document as read from one file: the original text as decoded (text files) or extracted (HTML,
 * PDF), before any repair. All spans in Axiswatch are offsets into {@link #original()}.
 *
 * @param id content hash of the file's bytes (lower-case SHA-256 hex): the document's identity, so
 *     re-reading the same bytes gives the same document
 * @param fileName the file's name as given, for messages and display
 * @param mediaType text/plain, text/markdown, text/html or application/pdf
 * @param encoding the character set the bytes were decoded with (for PDF: the extractor)
 * @param original the text
 * @param byteCount size of the file in bytes
 */
public record SourceDocument(
    String id, String fileName, String mediaType, String encoding, String original, long byteCount) {
  public static final Key<SourceDocument> KEY = Key.named("source");

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(original, "original");
    if (!id.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("id must be a SHA-256 hex digest: " + id);
    }
  }
}
