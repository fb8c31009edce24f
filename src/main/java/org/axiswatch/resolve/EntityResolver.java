package org.axiswatch.resolve;

import java.util.List;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;

/**
 * Which known entity does a name refer to? Indexes people and organisations Axiswatch knows (a
 * gazetteer, or the entities of stored documents) under all their forms, so a name seen in a new
 * document, in any script or spelling, finds the entity it names: the first step of resolving one
 * entity across documents. People are matched by the personal-name rules, organisations by the
 * organisation matcher (acronyms, words, whole-name keys); names of other types (states, places,
 * weapons) are left to the gazetteer's exact forms.
 */
public final class EntityResolver {
  private final NameIndex<Entity> people = new NameIndex<>();
  private final OrgIndex<Entity> orgs = new OrgIndex<>();

  public EntityResolver(List<Entity> known) {
    for (Entity e : known) {
      List<String> names = new java.util.ArrayList<>(e.names());
      names.add(0, e.name());
      if (e.type() == EntityType.PERSON) {
        people.add(e, names);
      } else if (e.type() == EntityType.ORG) {
        orgs.add(e, names);
      }
    }
  }

  /** Known entities of that type whose names match, each with its best match and why. */
  public List<NameIndex.Found<Entity>> resolve(String name, EntityType type) {
    return switch (type) {
      case PERSON -> people.search(name);
      case ORG -> orgs.search(name);
      default -> List.of();
    };
  }
}
