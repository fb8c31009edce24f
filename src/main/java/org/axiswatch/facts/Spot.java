package org.axiswatch.facts;

import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;

/**
 * A mention placed in the working text, with its entity and the state it stands for.
 *
 * @param mention the mention
 * @param start working offset
 * @param end working offset
 * @param entity its entity, or null
 * @param state ISO alpha-3 of the state it is or acts for, or null
 */
record Spot(Mention mention, int start, int end, Entity entity, String state) {

  EntityType type() {
    return mention.type();
  }

  boolean isDate() {
    return mention.type() == EntityType.DATE && mention.value() != null;
  }

  /** Actors: people, organisations and states. */
  boolean isActor() {
    return switch (mention.type()) {
      case PERSON, ORG, GPE -> true;
      default -> false;
    };
  }

  /** The id to report: the entity id, or the mention's own entity reference. */
  String id() {
    return entity != null ? entity.id() : mention.entity();
  }
}
