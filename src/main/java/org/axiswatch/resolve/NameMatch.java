package org.axiswatch.resolve;

import java.util.Objects;

/**
 * How well two names agree.
 *
 * @param score 0..1, from the names alone
 * @param match true when the score reaches {@link NameMatcher#THRESHOLD}
 * @param why which parts matched, by which rule
 * @param left the reading of the first name that scored best, or null when nothing agreed
 * @param right the reading of the second name that scored best, or null
 */
public record NameMatch(double score, boolean match, String why, NameReading left,
    NameReading right) {
  public NameMatch {
    Objects.requireNonNull(why, "why");
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
