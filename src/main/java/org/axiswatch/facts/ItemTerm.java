package org.axiswatch.facts;

import java.util.Objects;

/**
 * A word for something exchanged (items.yaml).
 *
 * @param term as written
 * @param category what it is
 * @param technology its category when named as technology ("미사일 기술"), or null
 * @param direction how it usually travels in DPRK trade
 * @param generic a bare "technology" word that takes its category from a nearby item
 * @param self an exchange by itself (joint exercises), no transfer verb needed
 * @param skip a longer word that contains an item but is not one (대량살상무기)
 */
record ItemTerm(
    String term, ExchangeCategory category, ExchangeCategory technology, Direction direction,
    boolean generic, boolean self, boolean skip) {

  /** How an item usually travels when the text does not say. */
  enum Direction { FROM_DPRK, TO_DPRK, MUTUAL, NONE }

  ItemTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(direction, "direction");
  }

  /** The same term travelling the given way. */
  ItemTerm travelling(Direction way) {
    return new ItemTerm(term, category, technology, way, generic, self, skip);
  }

  ExchangeCategory asTechnology() {
    return technology != null ? technology : category;
  }
}
