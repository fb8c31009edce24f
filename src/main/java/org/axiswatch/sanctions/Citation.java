package org.axiswatch.sanctions;

import java.util.Objects;

/**
 * One provision engaged by a decision.
 *
 * @param resolution "1718"
 * @param paragraph operative paragraph, with sub-paragraphs: "8(a)(i)"
 * @param why how it bears on this exchange
 */
public record Citation(String resolution, String paragraph, String why) {
  public Citation {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(why, "why");
  }
}
