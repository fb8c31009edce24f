package org.axiswatch.analysis;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.sanctions.Verdict;
import org.axiswatch.store.StoredExchange;

/**
 * One exchange (giver, receiver, category) as several documents report it. Items, quantities,
 * statuses, dates and verdicts stay per report; the accessors list the distinct values so a
 * conflict shows instead of being overwritten.
 */
public record ReportedExchange(String from, String to, ExchangeCategory category,
    List<StoredExchange> sources) {
  public ReportedExchange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(category, "category");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an exchange needs at least one report");
    }
  }

  private <T> List<T> distinct(Function<StoredExchange, T> f) {
    return sources.stream().map(f).filter(Objects::nonNull).distinct().toList();
  }

  public List<String> items() {
    return distinct(StoredExchange::item);
  }

  public List<String> quantities() {
    return distinct(StoredExchange::quantity);
  }

  public List<ExchangeStatus> statuses() {
    return distinct(StoredExchange::status);
  }

  public List<Verdict> verdicts() {
    return distinct(StoredExchange::verdict);
  }

  public List<PartialDate> dates() {
    return sources.stream().map(StoredExchange::date).filter(Objects::nonNull).distinct().sorted()
        .toList();
  }

  /** The earliest date reported, or null. */
  public PartialDate date() {
    List<PartialDate> d = dates();
    return d.isEmpty() ? null : d.get(0);
  }

  /** True when the reports disagree on status or quantity. */
  public boolean conflicting() {
    return statuses().size() > 1 || quantities().size() > 1;
  }
}
