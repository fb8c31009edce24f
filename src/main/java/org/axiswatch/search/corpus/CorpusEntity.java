package org.axiswatch.search.corpus;

import java.util.Objects;
import org.axiswatch.mentions.EntityType;

/**
 * A name the generator may use, in both languages.
 *
 * @param id entity id in Axiswatch's scheme
 * @param type its entity type, or null for traded goods (which are not entities)
 * @param en English form as written mid-sentence ("the United States")
 * @param ko Korean form
 */
public record CorpusEntity(String id, EntityType type, String en, String ko) {
  public CorpusEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(ko, "ko");
  }

  public String name(boolean korean) {
    return korean ? ko : en;
  }
}
