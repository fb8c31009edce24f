package org.axiswatch.facts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A word that signals an event, with the event type and PLOVER coding it gives.
 *
 * @param pattern where it occurs in the working text
 * @param type contract event type
 * @param plover PLOVER category, mode and contexts for the event
 * @param verbal the pattern is itself a predicate (밝혔, visited); a noun needs a verbal ending,
 *     a clause end or a date in its clause
 * @param needsDate kept only when a date is found (frequent speech verbs)
 * @param place entity id of the place the word itself names (방북: PRK), or null
 * @param afterPlace a trigger only right after a place named as object ("평양을 찾았다", not
 *     "해법을 찾았다")
 */
record Trigger(
    Pattern pattern, EventType type, Plover plover, boolean verbal, boolean needsDate, String place,
    boolean afterPlace) {
  Trigger {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(plover, "plover");
  }

  /** Statements and reports: the events that attribute what follows to a source. */
  boolean reporting() {
    return type == EventType.STATEMENT || type == EventType.REPORT;
  }

  static List<Trigger> load(List<DataEntry> entries) {
    return entries.stream().map(Trigger::of).toList();
  }

  private static Trigger of(DataEntry e) {
    String lang = e.text("lang");
    Pattern p = LexiconPatterns.compile(e, e.text("pattern"), lang);
    Plover plover = new Plover(e.text("plover"), e.optional("mode"), e.list("context"));
    return new Trigger(p, e.constant("type", EventType.class), plover, e.flag("verbal"),
        e.flag("needs_date"), e.optional("place"), e.flag("after_place"));
  }
}
