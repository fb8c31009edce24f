package org.axiswatch.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The name matcher as a {@link FormMatcher}: candidates go into a {@link NameIndex}, so a form is
 * scored only against names that can match it (not every known name). The highest score wins;
 * ties go to the candidate listed first.
 */
public final class NameIndexMatcher implements FormMatcher {
  @Override
  public Optional<String> best(List<String> ours, Map<String, List<String>> candidates) {
    NameIndex<String> index = new NameIndex<>();
    candidates.forEach((id, forms) -> index.add(id, forms));
    String best = null;
    double bestScore = 0;
    int bestRank = Integer.MAX_VALUE;
    List<String> order = List.copyOf(candidates.keySet());
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
