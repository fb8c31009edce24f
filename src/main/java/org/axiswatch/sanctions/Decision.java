package org.axiswatch.sanctions;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;

/**
 * The regime's answer for one exchange.
 *
 * @param exchange index of the exchange in the document's exchange list
 * @param verdict the verdict
 * @param provisions every provision engaged (for UNCLEAR, the nearest ones)
 * @param why the reasoning in words
 */
public record Decision(int exchange, Verdict verdict, List<Citation> provisions, String why) {
  public static final Key<List<Decision>> KEY = Key.named("decisions");

  public Decision {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(why, "why");
    provisions = List.copyOf(provisions);
  }
}
