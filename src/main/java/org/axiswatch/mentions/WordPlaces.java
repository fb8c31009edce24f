package org.axiswatch.mentions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Where each of a fixed set of words occurs in a chunk, overlapping occurrences included: the date
 * rules start on some forty words (지난, last, the month names), several rules on the same word,
 * and each word is searched for once per chunk rather than once per rule.
 */
final class WordPlaces {
  private final List<String> words;

  WordPlaces(Iterable<String> wanted) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String w : wanted) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      distinct.add(w);
    }
    this.words = List.copyOf(distinct);
  }

  /** For each word, its offsets in {@code chunk} in ascending order (empty when absent). */
  Map<String, int[]> in(String chunk) {
    Map<String, int[]> out = new HashMap<>(words.size() * 2);
    for (String w : words) {
      int[] at = new int[4];
      int n = 0;
      // indexOf is a vectorised search: one call per word beats one pass testing every word
      for (int k = chunk.indexOf(w); k >= 0; k = chunk.indexOf(w, k + 1)) {
        if (n == at.length) {
          at = Arrays.copyOf(at, n * 2);
        }
        at[n++] = k;
      }
      out.put(w, Arrays.copyOf(at, n));
    }
    return out;
  }
}
