package org.axiswatch.facts;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;

/**
 * Something that happened (or is said will happen) on a date.
 *
 * @param type event type
 * @param date at the precision the source gives, or null when undated
 * @param actors entity ids, the acting party first (for a visit, the visitor)
 * @param place entity id of the place, or null
 * @param span the evidence: the clause or sentence it was read from, original offsets
 * @param text the evidence text
 * @param plover PLOVER category, mode and contexts
 */
public record Event(
    EventType type, PartialDate date, List<String> actors, String place, Span span, String text,
    Plover plover) {
  public static final Key<List<Event>> KEY = Key.named("events");

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(plover, "plover");
    actors = List.copyOf(actors);
  }
}
