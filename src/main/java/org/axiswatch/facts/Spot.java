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
  private static final java.util.regex.Pattern OWN_VOICE = java.util.regex.Pattern.compile(
      "['’]s(?:\\s+[A-Za-z-]+){1,3}\\s+(?:said|says|told|reported|announced)\\b");

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

  /**
   * A capital standing for its government ("Pyongyang shipped shells to Moscow", "평양은"): a
   * place with a state in actors.yaml, not used as a location (평양에서, in Pyongyang).
   */
  boolean isCapitalActor(String text) {
    if (mention.type() != EntityType.LOC || state == null) {
      return false;
    }
    String after = text.substring(end, Math.min(text.length(), end + 3));
    String before = text.substring(Math.max(0, start - 3), start);
    return !after.startsWith("에서") && !before.endsWith("in ")
        && !before.endsWith("at ");
  }

  /**
   * The 북 of 방북, the 러 of 방러: a state named as a visit's destination inside the word, which
   * the trigger itself reports as the place; not an actor or a party.
   */
  boolean insideVisitWord(String text) {
    return mention.text().length() == 1 && start > 0 && text.charAt(start - 1) == '방';
  }

  /** "Seoul's spy agency said", "Russia's defense ministry says": a state as its own teller. */
  boolean ownVoice(String text) {
    String ahead = text.substring(end, Math.min(text.length(), end + 40));
    return OWN_VOICE.matcher(ahead).lookingAt();
  }

  /** The id to report: the entity id, or the mention's own entity reference. */
  String id() {
    return entity != null ? entity.id() : mention.entity();
  }
}
