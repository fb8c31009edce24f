package org.axiswatch.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.axiswatch.facts.EventType;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.store.StoredEvent;

/**
 * One event as several documents report it. The reports keep their own values: when they give
 * different dates, all are kept with their sources.
 *
 * @param actors the parties, acting party of the first report first
 * @param sources each document's report, in document order
 */
public record ReportedEvent(EventType type, List<String> actors, List<StoredEvent> sources) {
  public ReportedEvent {
    Objects.requireNonNull(type, "type");
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one report");
    }
  }

  /** Every date the reports give, earliest first. */
  public List<PartialDate> dates() {
    return sources.stream().map(StoredEvent::date).filter(Objects::nonNull).distinct().sorted().toList();
  }

  /** The earliest date reported, or null when no report dates it. */
  public PartialDate date() {
    return dates().stream().min(Comparator.naturalOrder()).orElse(null);
  }

  public boolean datesConflict() {
    return dates().size() > 1;
  }

  public long documentCount() {
    return sources.stream().map(StoredEvent::documentId).distinct().count();
  }
}
