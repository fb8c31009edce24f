package org.axiswatch.structure;

import java.util.Objects;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;

/**
 * What the document says about itself.
 *
 * @param language by script
 * @param date the document's own date (the dateline), or null when it states none; relative dates
 *     in the text are resolved against it
 * @param title or null
 * @param author or null
 */
public record DocumentInfo(Language language, PartialDate date, String title, String author) {
  public static final Key<DocumentInfo> KEY = Key.named("document-info");

  public DocumentInfo {
    Objects.requireNonNull(language, "language");
  }
}
