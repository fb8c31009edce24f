package org.axiswatch.store;

import java.util.List;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.sanctions.Citation;
import org.axiswatch.sanctions.Verdict;

/**
 * One document's report of an exchange, parties as knowledge-base ids, with the sanctions verdict
 * given in that document (null when none was given).
 *
 * @param date stated in the evidence, else the document's date, else null
 * @param dateBasis "evidence" or "document" (null when undated)
 */
public record StoredExchange(String documentId, int ordinal, String from, String to,
    ExchangeCategory category, String item, ExchangeStatus status, String quantity,
    PartialDate date, String dateBasis, Span span, String text, Verdict verdict,
    List<Citation> provisions) {
  public StoredExchange {
    provisions = List.copyOf(provisions);
  }
}
