package org.axiswatch.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One statement of the brief: a fact and every place it was read (the same event reported by two
 * documents is one statement with two footnotes).
 *
 * @param fact the representative finding (the first read)
 * @param sources where it was read, in reading order; never empty
 * @param <T> the finding type
 */
public record BriefItem<T>(T fact, List<Provenance> sources) {
  public BriefItem {
    Objects.requireNonNull(fact, "fact");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a statement without a source cannot be footnoted");
    }
  }
}
