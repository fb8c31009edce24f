package org.axiswatch.mentions;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Where each of a fixed set of words occurs in a chunk, overlapping occurrences included, found in
 * one pass: the date rules start on some forty words (지난, last, the month names), and searching
 * the chunk once per word cost more than trying the rules.
 */
final class WordPlaces {
  private final List<String> words;
  private final BitSet firsts = new BitSet();
  private final Map<Character, int[]> byFirst = new HashMap<>();

  WordPlaces(Iterable<String> wanted) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String w : wanted) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      distinct.add(w);
    }
    this.words = List.copyOf(distinct);
    for (int k = 0; k < words.size(); k++) {
      char c = words.get(k).charAt(0);
      firsts.set(c);
      int[] have = byFirst.getOrDefault(c, new int[0]);
      int[] more = Arrays.copyOf(have, have.length + 1);
      more[have.length] = k;
      byFirst.put(c, more);
    }
  }

  /** For each word, its offsets in {@code chunk} in ascending order (empty when absent). */
  Map<String, int[]> in(String chunk) {
    int[][] at = new int[words.size()][];
    int[] count = new int[words.size()];
    for (int i = 0; i < chunk.length(); i++) {
      char c = chunk.charAt(i);
      if (!firsts.get(c)) {
        continue;
      }
      for (int k : byFirst.get(c)) {
        if (chunk.startsWith(words.get(k), i)) {
          if (at[k] == null) {
            at[k] = new int[4];
          } else if (count[k] == at[k].length) {
            at[k] = Arrays.copyOf(at[k], count[k] * 2);
          }
          at[k][count[k]++] = i;
        }
      }
    }
    Map<String, int[]> out = new HashMap<>(words.size() * 2);
    for (int k = 0; k < words.size(); k++) {
      out.put(words.get(k), at[k] == null ? new int[0] : Arrays.copyOf(at[k], count[k]));
    }
    return out;
  }
}
