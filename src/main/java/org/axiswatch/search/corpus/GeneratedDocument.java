package org.axiswatch.search.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;

/**
 * One synthetic document.
 *
 * @param number its position in the corpus, from 0 (the file is named after it)
 * @param language Korean or English
 * @param date the dateline
 * @param title the first line
 * @param text the whole text as written to the file: title, dateline, paragraphs
 * @param sentences the body's sentences, in order, each as it appears in {@link #text()}
 * @param entities ids of the entities named in the text
 * @param types their types
 * @param sources ids of the outlets the text cites
 */
public record GeneratedDocument(
    int number, Language language, LocalDate date, String title, String text,
    List<String> sentences, Set<String> entities, Set<EntityType> types, Set<String> sources) {
  public GeneratedDocument {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    entities = Set.copyOf(entities);
    types = Set.copyOf(types);
    sources = Set.copyOf(sources);
  }

  /** The file name: the number, zero-padded so names sort in corpus order. */
  public String fileName() {
    return String.format("%07d.txt", number);
  }
}
