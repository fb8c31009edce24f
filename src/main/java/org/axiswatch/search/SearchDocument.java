package org.axiswatch.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;

/**
 * What the index keeps of one stored document.
 *
 * @param id the document id (SHA-256 of its bytes, as the store keys it)
 * @param title or null
 * @param language decides the analyzer of its text
 * @param date the document's own date, or null
 * @param units its sentences, in order
 * @param entities ids of the entities it mentions
 * @param types the types of those entities
 * @param sources entity ids of the sources its claims cite (agencies, outlets, officials)
 */
public record SearchDocument(
    String id, String title, Language language, PartialDate date, List<TextUnit> units,
    Set<String> entities, Set<EntityType> types, Set<String> sources) {
  public SearchDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    units = List.copyOf(units);
    entities = Set.copyOf(entities);
    types = Set.copyOf(types);
    sources = Set.copyOf(sources);
  }
}
