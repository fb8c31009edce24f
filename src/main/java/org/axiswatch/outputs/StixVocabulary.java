package org.axiswatch.outputs;

import org.axiswatch.facts.EventType;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.mentions.EntityType;

/**
 * How Axiswatch's vocabularies map onto STIX 2.1. Custom relationship types are allowed by the
 * specification; they are lower-kebab verbs read "source verb target".
 */
final class StixVocabulary {
  private StixVocabulary() {}

  static String verb(ExchangeCategory c) {
    return switch (c) {
      case FINANCE -> "funds";
      case LABOUR -> "sends-workers-to";
      case MILITARY_COOPERATION -> "cooperates-militarily-with";
      case JOINT_VENTURE_INFRASTRUCTURE -> "builds-with";
      case SCIENCE_TECHNOLOGY -> "shares-technology-with";
      case NUCLEAR_TECHNOLOGY, MISSILE_SPACE_TECHNOLOGY -> "transfers-technology-to";
      default -> "supplies";
    };
  }

  static String verb(EventType t) {
    return switch (t) {
      case MEETING -> "meets-with";
      case VISIT -> "visits";
      case STATEMENT -> "addresses";
      case REPORT -> "reports-on";
      case LAUNCH -> "launches-with";
      case CYBERATTACK -> "attacks";
      case MILITARY_ACTION -> "conducts-military-action-with";
      case EXERCISE -> "exercises-with";
      case TRANSFER -> "transfers-to";
      case POLICY -> "agrees-with";
      case EVENT -> "related-to";
    };
  }

  /** Identity class for an actor; null for entity types that are not identities. */
  static String identityClass(EntityType t) {
    return switch (t) {
      case PERSON -> "individual";
      case ORG, GPE -> "organization";
      default -> null;
    };
  }

  static boolean isLocation(EntityType t) {
    return t == EntityType.LOC || t == EntityType.FAC;
  }
}
