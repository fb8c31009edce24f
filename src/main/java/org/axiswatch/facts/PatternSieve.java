package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps patterns from running where they cannot match. Each pattern's required literal words
 * ({@link RequiredLiterals}) are found in a document in one pass; a pattern then runs on a span
 * only when one of its words lies inside the span, and when every match starts with one of its
 * words, only at those words. A pattern with no known words runs as before. The matches are the
 * same as those of {@code pattern.matcher(text).region(start, end)}, only cheaper to find.
 */
final class PatternSieve {
  /** Receives a match at [start, end). */
  interface MatchSink {
    void found(int start, int end);
  }

  private final List<Pattern> patterns;
  /** Whether each pattern has words (else it always runs). */
  private final boolean[] sieved;
  /** Whether every match of each pattern starts with one of its words. */
  private final boolean[] leading;
  private final LiteralTrie words;
  /** The pattern each word belongs to. */
  private final int[] owner;

  PatternSieve(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    int size = patterns.size();
    sieved = new boolean[size];
    leading = new boolean[size];
    List<String> all = new ArrayList<>();
    List<Boolean> ignoreCase = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int p = 0; p < size; p++) {
      RequiredLiterals.Words found = RequiredLiterals.of(patterns.get(p));
      if (found == null) {
        continue;
      }
      sieved[p] = true;
      leading[p] = found.leading();
      boolean fold = (patterns.get(p).flags() & Pattern.CASE_INSENSITIVE) != 0;
      for (String w : found.words().stream().sorted().toList()) {
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
    return sift(text, text.toCharArray());
  }

  /** The same, {@code chars} being the text's characters. */
  Sifted sift(String text, char[] chars) {
    Sifted s = new Sifted(text);
    words.scan(chars, 0, chars.length, (id, start, end) -> s.add(owner[id], start, end));
    return s; // a pattern's words are all exact or all folded: its list is in order of start
  }

  /** One text's word occurrences, by pattern. */
  final class Sifted {
    private final String text;
    /** Per pattern: start, end pairs in order of start. */
    private final int[][] spans = new int[patterns.size()][];
    private final int[] counts = new int[patterns.size()];
    /** The last span read on its own, kept while the lexicons ask about the same span. */
    private int sliceStart = -1;
    private int sliceEnd = -1;
    private String slice;

    private Sifted(String text) {
      this.text = text;
    }

    /** The same, for the patterns numbered from {@code first} as 0, 1, … (one lexicon's). */
    Part from(int first) {
      return new Part(this, first);
    }

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

    /** Whether pattern {@code p} may match anywhere in the text: a quick test before a span's. */
    boolean mayOccur(int p) {
      return !sieved[p] || counts[p] > 0;
    }

    /** Whether pattern {@code p} may match inside text[start, end). */
    boolean mayMatch(int p, int start, int end) {
      if (!sieved[p]) {
        return true;
      }
      if (counts[p] == 0) {
        return false;
      }
      int[] a = spans[p];
      int n = counts[p] / 2;
      for (int i = firstAtOrAfter(a, n, start); i < n && a[2 * i] < end; i++) {
        if (a[2 * i + 1] <= end) {
          return true;
        }
      }
      return false;
    }

    /** Every match of pattern {@code p} in text[start, end), in order, as a region's finds. */
    void find(int p, int start, int end, MatchSink sink) {
      if (sieved[p] && (start >= end || counts[p] == 0)) {
        return; // every match holds a word, and there is none
      }
      if (!leading[p]) {
        if (!mayMatch(p, start, end)) {
          return;
        }
        Matcher m = patterns.get(p).matcher(text).region(start, end);
        while (m.find()) {
          sink.found(m.start(), m.end());
        }
        return;
      }
      // A match starts at one of the words. The span read on its own with transparent bounds
      // sees what the region sees: nothing before start (look-behinds, \b) or after end.
      Matcher m = null;
      int[] a = spans[p];
      int n = counts[p] / 2;
      int from = start;
      int tried = -1;
      for (int i = firstAtOrAfter(a, n, start); i < n && a[2 * i] < end; i++) {
        int at = a[2 * i];
        if (at < from || at == tried || a[2 * i + 1] > end) {
          continue;
        }
        tried = at;
        if (m == null) {
          m = patterns.get(p).matcher(slice(start, end))
              .useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (m.region(at - start, end - start).lookingAt()) {
          sink.found(m.start() + start, m.end() + start);
          from = m.end() + start;
        }
      }
    }

    private String slice(int start, int end) {
      if (start != sliceStart || end != sliceEnd) {
        slice = text.substring(start, end);
        sliceStart = start;
        sliceEnd = end;
      }
      return slice;
    }
  }

  private static int firstAtOrAfter(int[] pairs, int n, int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[2 * mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** One lexicon's patterns of a sieve built over several, numbered from 0. */
  record Part(Sifted sifted, int first) {
    boolean mayMatch(int p, int start, int end) {
      return sifted.mayMatch(first + p, start, end);
    }

    boolean mayOccur(int p) {
      return sifted.mayOccur(first + p);
    }

    void find(int p, int start, int end, MatchSink sink) {
      sifted.find(first + p, start, end, sink);
    }
  }
}
