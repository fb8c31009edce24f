package org.axiswatch.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.store.StoredEvent;
import org.axiswatch.store.StoredExchange;

/**
 * Makes one fact of the reports that describe it. Events are the same when type, parties (in any
 * order) and month agree: sources often differ by a day (time zones, "현지시간"), and the differing
 * days are kept as a conflict. Exchanges are the same when giver, receiver and category agree.
 */
public final class FactGrouper {
  private FactGrouper() {}

  public static List<ReportedEvent> events(List<StoredEvent> reports) {
    Map<String, List<StoredEvent>> groups = new LinkedHashMap<>();
    for (StoredEvent e : reports) {
      groups.computeIfAbsent(eventKey(e), k -> new ArrayList<>()).add(e);
    }
    List<ReportedEvent> out = new ArrayList<>();
    groups.values().forEach(g -> out.add(new ReportedEvent(g.get(0).type(), g.get(0).actors(), g)));
    return out;
  }

  static String eventKey(StoredEvent e) {
    return e.type() + "|" + new TreeSet<>(e.actors()) + "|" + period(e.date());
  }

  /** The month of a date (the year, when the source gives only that); "-" when undated. */
  static String period(PartialDate d) {
    if (d == null) {
      return "-";
    }
    return d.month() == null ? String.valueOf(d.year()) : String.format("%04d-%02d", d.year(), d.month());
  }

  public static List<ReportedExchange> exchanges(List<StoredExchange> reports) {
    Map<String, List<StoredExchange>> groups = new LinkedHashMap<>();
    for (StoredExchange x : reports) {
      groups.computeIfAbsent(x.from() + "|" + x.to() + "|" + x.category(), k -> new ArrayList<>())
          .add(x);
    }
    List<ReportedExchange> out = new ArrayList<>();
    groups.values().forEach(g -> out.add(
        new ReportedExchange(g.get(0).from(), g.get(0).to(), g.get(0).category(), g)));
    return out;
  }
}
