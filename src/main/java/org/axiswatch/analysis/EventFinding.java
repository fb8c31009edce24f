package org.axiswatch.analysis;

import java.util.Objects;
import org.axiswatch.facts.Event;

/** An event with the document it was read from. */
public record EventFinding(Event event, Provenance source) {
  public EventFinding {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(source, "source");
  }
}
