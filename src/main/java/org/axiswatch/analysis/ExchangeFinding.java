package org.axiswatch.analysis;

import java.util.Objects;
import org.axiswatch.facts.Exchange;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.sanctions.Decision;

/**
 * An exchange with its sanctions decision and the document it was read from.
 *
 * @param exchange who gives what to whom
 * @param decision the regime's answer, or null when the sanctions stage did not judge it
 * @param date the date of the document that reports it, or null (exchanges carry no date of their
 *     own; the report date is the best the source offers for range filters)
 * @param source provenance
 */
public record ExchangeFinding(
    Exchange exchange, Decision decision, PartialDate date, Provenance source) {
  public ExchangeFinding {
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(source, "source");
  }
}
