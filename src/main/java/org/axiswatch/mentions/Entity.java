package org.axiswatch.mentions;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;

/**
 * Something a document names, with every form it is named by.
 *
 * @param id stable id: the gazetteer's id for known entities (states use their ISO alpha-3, e.g.
 *     "PRK"), otherwise derived from type and normalized name so the same name gives the same id
 * @param type entity type
 * @param name canonical English name (or the form seen, for entities the gazetteer lacks)
 * @param names every form seen in the document, plus the gazetteer's aliases
 * @param code ISO 3166 alpha-3 for a state, else null
 * @param wikidata Wikidata id where known, else null
 * @param origin "gazetteer" or "context"
 */
public record Entity(
    String id, EntityType type, String name, List<String> names, String code, String wikidata,
    String origin) {
  public static final Key<List<Entity>> KEY = Key.named("entities");

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
  }
}
