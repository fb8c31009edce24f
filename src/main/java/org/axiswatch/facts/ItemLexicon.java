package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds exchange items in text, longest term first (items.yaml). */
final class ItemLexicon {
  /** An item term at a place in the text. */
  record Found(ItemTerm term, int start, int end) {}

  /** A term with what find needs of it, worked out once. */
  private record Needle(ItemTerm term, boolean latin, String text) {}

  /** Terms in the order they are taken: longest first. */
  private final List<Needle> terms;
  /** Latin terms in lower case, looked for in the lower-cased text; their ids index terms. */
  private final LiteralTrie latin;
  /** Hangul and other terms as written, looked for in the text as written. */
  private final LiteralTrie written;
  private final int[] latinTerm;
  private final int[] writtenTerm;

  /** The entry of a term as written in items.yaml, or null. */
  ItemTerm term(String word) {
    for (Needle n : terms) {
      if (n.term().term().equals(word)) {
        return n.term();
      }
    }
    return null;
  }

  private ItemLexicon(List<ItemTerm> terms) {
    this.terms = terms.stream()
        .sorted(Comparator.comparingInt((ItemTerm t) -> t.term().length()).reversed())
        .map(t -> {
          boolean latin = t.term().chars().allMatch(c -> c < 0x3000);
          return new Needle(t, latin, latin ? t.term().toLowerCase(Locale.ROOT) : t.term());
        })
        .toList();
    List<String> latinWords = new ArrayList<>();
    List<String> writtenWords = new ArrayList<>();
    List<Integer> latinIds = new ArrayList<>();
    List<Integer> writtenIds = new ArrayList<>();
    for (int i = 0; i < this.terms.size(); i++) {
      Needle n = this.terms.get(i);
      (n.latin() ? latinWords : writtenWords).add(n.text());
      (n.latin() ? latinIds : writtenIds).add(i);
    }
    this.latin = LiteralTrie.exact(latinWords);
    this.written = LiteralTrie.exact(writtenWords);
    this.latinTerm = latinIds.stream().mapToInt(Integer::intValue).toArray();
    this.writtenTerm = writtenIds.stream().mapToInt(Integer::intValue).toArray();
  }

  static ItemLexicon load(List<DataEntry> entries) {
    List<ItemTerm> terms = new ArrayList<>();
    for (DataEntry e : entries) {
      ExchangeCategory category = e.constant("category", ExchangeCategory.class);
      ExchangeCategory tech = e.optional("technology") == null ? null
          : e.constant("technology", ExchangeCategory.class);
      ItemTerm.Direction dir = e.constant("direction", ItemTerm.Direction.class);
      List<String> words = e.list("terms");
      if (words.isEmpty()) {
        throw e.problem("missing 'terms'");
      }
      for (String w : words) {
        if (w.isBlank()) {
          throw e.problem("an empty term in 'terms'");
        }
        terms.add(new ItemTerm(w, category, tech, dir, e.flag("generic"), e.flag("self"),
            e.flag("skip")));
      }
    }
    return new ItemLexicon(terms);
  }

  /** Where each term occurs in one text (a document's working text), found in one pass. */
  InText in(String text, char[] chars) {
    return new InText(text, chars);
  }

  /** The item terms of one text. */
  final class InText {
    /** Per term (index into terms): the starts of its occurrences, in order; null when none. */
    private final int[][] starts = new int[terms.size()][];
    private final int[] counts = new int[terms.size()];
    /** The terms that occur at all, in the order they are taken. */
    private final int[] present;
    private final String lower;

    private InText(String text, char[] chars) {
      lower = text.toLowerCase(Locale.ROOT);
      written.scan(chars, 0, chars.length, (id, start, end) -> add(writtenTerm[id], start));
      char[] small = lower.toCharArray();
      LiteralTrie.Sink latinFound = (id, start, end) -> add(latinTerm[id], start);
      // an English term is a whole word: only where a word starts can it be one
      for (int i = 0; i < small.length; i++) {
        if (i == 0 || !latin(small[i - 1])) {
          latin.scanAt(small, i, small.length, latinFound);
        }
      }
      present = java.util.stream.IntStream.range(0, terms.size()).filter(i -> counts[i] > 0)
          .toArray();
    }

    private void add(int term, int start) {
      int[] a = starts[term];
      if (a == null) {
        a = starts[term] = new int[4];
      } else if (counts[term] == a.length) {
        a = starts[term] = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[counts[term]++] = start;
    }

    /**
     * Items in text[start, end), not overlapping, longest first. English terms must stand as
     * whole words; skip terms hide the items inside them and are not returned.
     */
    List<Found> find(int start, int end) {
      boolean[] taken = new boolean[Math.max(0, end - start)];
      List<Found> out = new ArrayList<>();
      for (int i : present) {
        Needle n = terms.get(i);
        ItemTerm t = n.term();
        int length = n.text().length();
        int[] a = starts[i];
        for (int k = firstAtOrAfter(a, counts[i], start); k < counts[i]; k++) {
          int at = a[k];
          int stop = at + length;
          if (stop > end) {
            break;
          }
          if (n.latin() && !wholeWord(lower, at, stop)) {
            continue;
          }
          if (free(taken, at - start, stop - start)) {
            for (int j = at; j < stop; j++) {
              taken[j - start] = true;
            }
            if (!t.skip()) {
              out.add(new Found(t, at, stop));
            }
          }
        }
      }
      out.sort(Comparator.comparingInt(Found::start));
      return out;
    }
  }

  private static int firstAtOrAfter(int[] a, int n, int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Latin words stand apart from Latin letters; Hangul particles may follow ("MIG-29와"). */
  private static boolean wholeWord(String s, int start, int end) {
    boolean before = start == 0 || !latin(s.charAt(start - 1));
    boolean after = end >= s.length() || !latin(s.charAt(end))
        || s.startsWith("s", end) && (end + 1 >= s.length() || !latin(s.charAt(end + 1)));
    return before && after;
  }

  private static boolean latin(char c) {
    return c < 0x250 && Character.isLetterOrDigit(c);
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
