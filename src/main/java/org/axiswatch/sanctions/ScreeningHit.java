package org.axiswatch.sanctions;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;

/**
 * A document entity that matches a designation-list entry.
 *
 * @param entity the document entity's id
 * @param list which list ("UN")
 * @param ref the list's reference number ("KPi.076")
 * @param listedName the name as listed
 * @param score 0..1
 * @param why which name parts matched by which rule, and which other attributes agreed or not
 */
public record ScreeningHit(
    String entity, String list, String ref, String listedName, double score, String why) {
  public static final Key<List<ScreeningHit>> KEY = Key.named("screening");

  public ScreeningHit {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(listedName, "listedName");
    Objects.requireNonNull(why, "why");
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
