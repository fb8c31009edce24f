package org.axiswatch.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axiswatch.pipeline.PartialDate;

/** Dated events and exchanges across documents, each with its sources, in date order. */
public final class Timeline {
  /** What a row is. */
  public enum Kind { EVENT, EXCHANGE }

  /**
   * One row: an event or exchange with the earliest date its reports give (all dates are in the
   * fact).
   */
  public record Entry(PartialDate date, Kind kind, ReportedEvent event, ReportedExchange exchange) {
    public Entry {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
      if ((event == null) == (exchange == null)) {
        throw new IllegalArgumentException("an entry is an event or an exchange");
      }
    }

    /** The parties (event actors, or giver and receiver). */
    public List<String> parties() {
      return event != null ? event.actors() : List.of(exchange.from(), exchange.to());
    }
  }

  /**
   * @param entities keep facts with one of these parties (empty: all)
   * @param from keep dates that can fall on or after this (null: no bound)
   * @param to keep dates that can fall on or before this (null: no bound)
   */
  public record Filter(Set<String> entities, PartialDate from, PartialDate to) {
    public Filter {
      entities = Set.copyOf(entities);
    }

    public static Filter all() {
      return new Filter(Set.of(), null, null);
    }

    boolean keeps(Entry e) {
      if (!entities.isEmpty() && e.parties().stream().noneMatch(entities::contains)) {
        return false;
      }
      LocalDate first = e.date().first();
      LocalDate last = e.date().last();
      return (from == null || !last.isBefore(from.first())) && (to == null || !first.isAfter(to.last()));
    }
  }

  private Timeline() {}

  public static List<Entry> of(Knowledge k, Filter filter) {
    List<Entry> entries = new ArrayList<>();
    for (ReportedEvent e : FactGrouper.events(k.events())) {
      if (e.date() != null) {
        entries.add(new Entry(e.date(), Kind.EVENT, e, null));
      }
    }
    for (ReportedExchange x : FactGrouper.exchanges(k.exchanges())) {
      if (x.date() != null) {
        entries.add(new Entry(x.date(), Kind.EXCHANGE, null, x));
      }
    }
    return entries.stream().filter(filter::keeps)
        .sorted(Comparator.comparing(Entry::date).thenComparing(Entry::kind)
            .thenComparing(e -> String.join(",", e.parties())))
        .toList();
  }
}
