package org.axiswatch.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The name matchers as a {@link FormMatcher}: candidates go into an index ({@link NameIndex} for
 * people, {@link OrgIndex} for organisations), so a form is scored only against names that can
 * match it. The highest score wins; ties go to the candidate listed first.
 */
public final class NameIndexMatcher implements FormMatcher {
  /** The part of NameIndex and OrgIndex this needs. */
  private interface Index {
    void add(String id, List<String> names);

    List<NameIndex.Found<String>> search(String query);
  }

  private final Supplier<Index> indexes;

  private NameIndexMatcher(Supplier<Index> indexes) {
    this.indexes = indexes;
  }

  /** Personal names: surname and given-name keys, any script or romanization. */
  public static NameIndexMatcher people() {
    return new NameIndexMatcher(() -> {
      NameIndex<String> index = new NameIndex<>();
      return new Index() {
        @Override
        public void add(String id, List<String> names) {
          index.add(id, names);
        }

        @Override
        public List<NameIndex.Found<String>> search(String query) {
          return index.search(query);
        }
      };
    });
  }

  /** Organisation names: acronym, words and whole-name key. */
  public static NameIndexMatcher organisations() {
    return new NameIndexMatcher(() -> {
      OrgIndex<String> index = new OrgIndex<>();
      return new Index() {
        @Override
        public void add(String id, List<String> names) {
          index.add(id, names);
        }

        @Override
        public List<NameIndex.Found<String>> search(String query) {
          return index.search(query);
        }
      };
    });
  }

  @Override
  public Optional<String> best(List<String> ours, Map<String, List<String>> candidates) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Index index = indexes.get();
    candidates.forEach(index::add);
    List<String> order = List.copyOf(candidates.keySet());
    String best = null;
    double bestScore = 0;
    int bestRank = Integer.MAX_VALUE;
    for (String form : ours) {
      for (NameIndex.Found<String> f : index.search(form)) {
        int rank = order.indexOf(f.item());
        double s = f.match().score();
        if (s > bestScore || (s == bestScore && rank < bestRank)) {
          best = f.item();
          bestScore = s;
          bestRank = rank;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
