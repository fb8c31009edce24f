package org.axiswatch.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs stages in order. The order is checked at construction: a stage whose required key no earlier
 * stage adds is a wiring mistake, reported before any document is read. Keeps time per stage.
 */
public final class Pipeline implements Stage {
  private final List<Stage> stages;
  private final Set<Key<?>> requires;
  private final Set<Key<?>> adds;
  private final Map<String, Long> nanos = new LinkedHashMap<>();

  /**
   * @param given keys the caller puts on the document before running (for example the source text)
   * @param stages in the order they run
   */
  public Pipeline(Set<Key<?>> given, List<Stage> stages) {
    this.stages = List.copyOf(stages);
    Set<Key<?>> available = new HashSet<>(given);
    Set<Key<?>> added = new HashSet<>();
    for (Stage stage : this.stages) {
      for (Key<?> key : stage.requires()) {
        if (!available.contains(key)) {
          throw new IllegalArgumentException(
              stage.name() + " requires " + key + " but no earlier stage adds it");
        }
      }
      available.addAll(stage.adds());
      added.addAll(stage.adds());
    }
    this.requires = Set.copyOf(given);
    this.adds = Set.copyOf(added);
  }

  @Override
  public Set<Key<?>> requires() {
    return requires;
  }

  @Override
  public Set<Key<?>> adds() {
    return adds;
  }

  @Override
  public void annotate(AnalyzedDocument document) {
    for (Stage stage : stages) {
      long t0 = System.nanoTime();
      stage.annotate(document);
      synchronized (nanos) {
        nanos.merge(stage.name(), System.nanoTime() - t0, Long::sum);
      }
    }
  }

  /** Total nanoseconds spent in each stage since construction, in stage order. */
  public Map<String, Long> timings() {
    synchronized (nanos) {
      return Map.copyOf(nanos);
    }
  }

  public List<Stage> stages() {
    return new ArrayList<>(stages);
  }
}
