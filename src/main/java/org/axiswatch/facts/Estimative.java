package org.axiswatch.facts;

import java.util.Objects;

/** The author's hedge as written ("가능성 농후", "likely") and the ICD 203 level it maps to. */
public record Estimative(String term, EstimativeLevel level) {
  public Estimative {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(level, "level");
  }
}
