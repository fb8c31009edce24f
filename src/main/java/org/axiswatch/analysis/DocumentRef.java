package org.axiswatch.analysis;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;

/**
 * A source document as the brief and the exports cite it.
 *
 * @param id SHA-256 of the file's bytes
 * @param title or null
 * @param date the document's own date, or null
 * @param language by script
 * @param author or null
 * @param fileName as read, for display when there is no title
 * @param entities ids of the entities the document names, for topic selection
 */
public record DocumentRef(
    String id, String title, PartialDate date, Language language, String author, String fileName,
    List<String> entities) {
  public DocumentRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(fileName, "fileName");
    entities = List.copyOf(entities);
  }

  /** The title, or the file name when the document states none. */
  public String displayTitle() {
    return title == null || title.isBlank() ? fileName : title;
  }
}
