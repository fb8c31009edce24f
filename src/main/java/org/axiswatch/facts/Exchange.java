package org.axiswatch.facts;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Span;

/**
 * Who gives what to whom.
 *
 * @param from entity id of the giver
 * @param to entity id of the receiver
 * @param category what kind of thing moves
 * @param item the item as the source names it ("포탄", "MiG-29", "food aid")
 * @param status how far it has gone
 * @param quantity the amount as stated ("100만톤"), or null
 * @param span the evidence, original offsets
 * @param text the evidence text
 */
public record Exchange(
    String from, String to, ExchangeCategory category, String item, ExchangeStatus status,
    String quantity, Span span, String text) {
  public static final Key<List<Exchange>> KEY = Key.named("exchanges");

  public Exchange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
