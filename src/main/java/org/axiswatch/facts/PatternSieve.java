package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps a lexicon's patterns from running where they cannot match. Each pattern's required
 * literal words ({@link RequiredLiterals}) are found in a document in one pass; a pattern then
 * runs on a span only when one of its words lies inside the span. A pattern with no known words
 * always runs. The matches are the same as running every pattern everywhere, only cheaper.
 */
final class PatternSieve {
  private final int size;
  /** Whether each pattern has words (else it always runs). */
  private final boolean[] sieved;
  private final LiteralTrie words;
  /** The pattern each word belongs to. */
  private final int[] owner;

  PatternSieve(List<Pattern> patterns) {
    size = patterns.size();
    sieved = new boolean[size];
    List<String> all = new ArrayList<>();
    List<Boolean> ignoreCase = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int p = 0; p < size; p++) {
      Set<String> required = RequiredLiterals.of(patterns.get(p));
      if (required == null) {
        continue;
      }
      sieved[p] = true;
      boolean fold = (patterns.get(p).flags() & Pattern.CASE_INSENSITIVE) != 0;
      for (String w : required.stream().sorted().toList()) {
        all.add(w);
        ignoreCase.add(fold);
        owners.add(p);
      }
    }
    words = new LiteralTrie(all, ignoreCase);
    owner = owners.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Where the words of each pattern occur in {@code text}. */
  Sifted sift(String text) {
    Sifted s = new Sifted();
    words.scan(text, 0, text.length(), (id, start, end) -> s.add(owner[id], start, end));
    return s;
  }

  /** One text's word occurrences, by pattern. */
  final class Sifted {
    /** The same, for the patterns numbered from {@code first} as 0, 1, … (one lexicon's). */
    Part from(int first) {
      return new Part(this, first);
    }

    /** Per pattern: start, end pairs in order of start. */
    private final int[][] spans = new int[size][];
    private final int[] counts = new int[size];

    private void add(int pattern, int start, int end) {
      int[] a = spans[pattern];
      int n = counts[pattern];
      if (a == null) {
        a = spans[pattern] = new int[8];
      } else if (n == a.length) {
        a = spans[pattern] = Arrays.copyOf(a, n * 2);
      }
      a[n] = start;
      a[n + 1] = end;
      counts[pattern] = n + 2;
    }

    /** Whether pattern {@code p} may match inside text[start, end). */
    boolean mayMatch(int p, int start, int end) {
      if (!sieved[p]) {
        return true;
      }
      int[] a = spans[p];
      int n = counts[p] / 2;
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[2 * mid] < start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < n && a[2 * i] < end; i++) {
        if (a[2 * i + 1] <= end) {
          return true;
        }
      }
      return false;
    }
  }

  /** One lexicon's patterns of a sieve built over several, numbered from 0. */
  record Part(Sifted sifted, int first) {
    boolean mayMatch(int p, int start, int end) {
      return sifted.mayMatch(first + p, start, end);
    }
  }
}
