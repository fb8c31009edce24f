package org.axiswatch.store;

import java.util.List;
import org.axiswatch.facts.EventType;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;

/** One document's report of an event, parties as knowledge-base ids. */
public record StoredEvent(String documentId, int ordinal, EventType type, PartialDate date,
    List<String> actors, String place, Span span, String text) {
  public StoredEvent {
    actors = List.copyOf(actors);
  }
}
