package org.axiswatch.search;

import java.time.LocalDate;
import java.util.Objects;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;

/**
 * What an analyst asks for: words (Korean or English; quotes for phrases) and optional filters.
 *
 * @param text the words; blank means "every sentence that passes the filters"
 * @param entity only documents mentioning this entity id, or null
 * @param type only documents mentioning an entity of this type, or null
 * @param source only documents citing this source entity id, or null
 * @param language only documents in this language, or null
 * @param from only documents dated on or after this day (a partial date counts if it can fall in
 *     the range), or null
 * @param to only documents dated on or before this day, or null
 * @param limit most hits to return
 */
public record SearchQuery(
    String text, String entity, EntityType type, String source, Language language,
    LocalDate from, LocalDate to, int limit) {
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** Words only, no filters, ten hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, 10);
  }

  public SearchQuery withEntity(String id) {
    return new SearchQuery(text, id, type, source, language, from, to, limit);
  }

  public SearchQuery withType(EntityType t) {
    return new SearchQuery(text, entity, t, source, language, from, to, limit);
  }

  public SearchQuery withSource(String id) {
    return new SearchQuery(text, entity, type, id, language, from, to, limit);
  }

  public SearchQuery withLanguage(Language l) {
    return new SearchQuery(text, entity, type, source, l, from, to, limit);
  }

  public SearchQuery between(LocalDate f, LocalDate t) {
    return new SearchQuery(text, entity, type, source, language, f, t, limit);
  }

  public SearchQuery withLimit(int n) {
    return new SearchQuery(text, entity, type, source, language, from, to, n);
  }
}
