package org.axiswatch.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;

/**
 * The seam for matching names across scripts and spellings (김정은 / Kim Jong Un / Kim Chong-un)
 * when normalized forms differ: given a document entity's forms and the known candidates, which
 * candidate (if any) is the same. {@link NameIndexMatcher} plugs the name matcher in here.
 */
@FunctionalInterface
public interface FormMatcher {
  /**
   * @param ours the document entity's forms
   * @param candidates known entity id → its forms, in a stable order
   * @return the id of the best candidate that matches, or empty
   */
  Optional<String> best(List<String> ours, Map<String, List<String>> candidates);

  /** Scores every pair; the first candidate with the highest score at or above threshold wins. */
  static FormMatcher pairwise(ToDoubleBiFunction<String, String> similarity, double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    return (ours, candidates) -> {
      String best = null;
      double bestScore = threshold;
      for (Map.Entry<String, List<String>> c : candidates.entrySet()) {
        for (String theirs : c.getValue()) {
          for (String our : ours) {
            double s = similarity.applyAsDouble(our, theirs);
            if (s > bestScore || (s == bestScore && best == null)) {
              best = c.getKey();
              bestScore = s;
            }
          }
        }
      }
      return Optional.ofNullable(best);
    };
  }
}
