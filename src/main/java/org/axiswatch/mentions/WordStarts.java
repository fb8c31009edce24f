package org.axiswatch.mentions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Where each of a fixed set of words stands at a word start of a chunk ({@link ChunkWords}), as
 * written (case counts), the text's word there possibly longer ("Jan" at "January"). For words a
 * rule can only match when they open a word of the text: a walk over the chunk's word starts
 * replaces a search of the whole chunk for each word.
 */
final class WordStarts {
  private static final int[] NONE = new int[0];
  private final List<String> words;
  /** Indices of the words by their first character, ASCII ones in a table. */
  private final Map<Character, int[]> byFirst = new HashMap<>();
  private final int[][] byAscii = new int[128][];

  WordStarts(Iterable<String> wanted) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String w : wanted) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        throw new IllegalArgumentException("a word start opens with a letter: '" + w + "'");
      }
      distinct.add(w);
    }
    this.words = List.copyOf(distinct);
    for (int j = 0; j < words.size(); j++) {
      int[] have = byFirst.getOrDefault(words.get(j).charAt(0), NONE);
      int[] more = Arrays.copyOf(have, have.length + 1);
      more[have.length] = j;
      byFirst.put(words.get(j).charAt(0), more);
    }
    byFirst.forEach((c, js) -> {
      if (c < 128) {
        byAscii[c] = js;
      }
    });
  }

  /** For each word, the chunk offsets of the word starts it stands at, ascending (empty if none). */
  Map<String, int[]> in(ChunkWords chunk) {
    int[][] at = new int[words.size()][];
    int[] counts = new int[words.size()];
    String s = chunk.chunk;
    for (int k = 0; k < chunk.size(); k++) {
      int i = chunk.start(k);
      char c = s.charAt(i);
      int[] here = c < 128 ? byAscii[c] : byFirst.get(c);
      if (here == null) {
        continue;
      }
      for (int j : here) {
        if (s.startsWith(words.get(j), i)) {
          if (at[j] == null) {
            at[j] = new int[4];
          } else if (counts[j] == at[j].length) {
            at[j] = Arrays.copyOf(at[j], counts[j] * 2);
          }
          at[j][counts[j]++] = i;
        }
      }
    }
    Map<String, int[]> out = new HashMap<>(words.size() * 2);
    for (int j = 0; j < words.size(); j++) {
      out.put(words.get(j), at[j] == null ? NONE : Arrays.copyOf(at[j], counts[j]));
    }
    return out;
  }
}
