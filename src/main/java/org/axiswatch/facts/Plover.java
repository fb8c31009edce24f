package org.axiswatch.facts;

import java.util.List;
import java.util.Objects;

/**
 * PLOVER coding of an event: category (what), mode (how, or null), contexts (why/topic, plus the
 * auxiliary modes future, hypothetical, negation, historical).
 */
public record Plover(String category, String mode, List<String> context) {
  public Plover {
    Objects.requireNonNull(category, "category");
    context = List.copyOf(context);
  }
}
