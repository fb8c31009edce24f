package org.axiswatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axiswatch.web.Views.Fragment;
import org.axiswatch.web.Views.Piece;

/**
 * Finds the query's words in a text and cuts passages around them, as pieces marked hit or not.
 * Used by the in-memory workbench; a Lucene-backed one brings its own highlighter but sends the
 * same {@link Fragment} shape, so the page never receives markup.
 */
final class FragmentCutter {
  private static final int CONTEXT = 60;
  private final List<String> words;

  FragmentCutter(String query) {
    List<String> w = new ArrayList<>();
    for (String part : query.toLowerCase(Locale.ROOT).split("[\\s\"'()+\\-]+")) {
      if (!part.isBlank() && !part.equals("and") && !part.equals("or")) {
        w.add(part);
      }
    }
    this.words = List.copyOf(w);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** Every match [start, end) in order, overlapping ones joined. */
  List<int[]> matches(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> found = new ArrayList<>();
    for (String w : words) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length())) {
        found.add(new int[] {i, i + w.length()});
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> joined = new ArrayList<>();
    for (int[] m : found) {
      int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && m[0] <= last[1]) {
        last[1] = Math.max(last[1], m[1]);
      } else {
        joined.add(m.clone());
      }
    }
    return joined;
  }

  /** True when every word of the query occurs. */
  boolean matchesAll(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return !words.isEmpty() && words.stream().allMatch(lower::contains);
  }

  List<Fragment> fragments(String text, int max) {
    List<Fragment> out = new ArrayList<>();
    List<int[]> matches = matches(text);
    int i = 0;
    while (i < matches.size() && out.size() < max) {
      int start = Math.max(0, matches.get(i)[0] - CONTEXT);
      int end = Math.min(text.length(), matches.get(i)[1] + CONTEXT);
      List<Piece> pieces = new ArrayList<>();
      int at = start;
      while (i < matches.size() && matches.get(i)[0] < end) {
        int[] m = matches.get(i);
        end = Math.min(text.length(), Math.max(end, m[1] + CONTEXT / 2));
        if (m[0] > at) {
          pieces.add(new Piece(flat(text.substring(at, m[0])), false));
        }
        pieces.add(new Piece(text.substring(m[0], m[1]), true));
        at = m[1];
        i++;
      }
      if (end > at) {
        pieces.add(new Piece(flat(text.substring(at, end)), false));
      }
      out.add(new Fragment(start, pieces));
    }
    return out;
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
