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

  /** A text and its lower case, kept because every sentence of a document asks for the same. */
  private record Lowered(String text, String lower) {}

  private final List<Needle> terms;
  private volatile Lowered lastLowered = new Lowered("", "");

  private ItemLexicon(List<ItemTerm> terms) {
    this.terms = terms.stream()
        .sorted(Comparator.comparingInt((ItemTerm t) -> t.term().length()).reversed())
        .map(t -> {
          boolean latin = t.term().chars().allMatch(c -> c < 0x3000);
          return new Needle(t, latin, latin ? t.term().toLowerCase(Locale.ROOT) : t.term());
        })
        .toList();
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
        terms.add(new ItemTerm(w, category, tech, dir, e.flag("generic"), e.flag("self"),
            e.flag("skip")));
      }
    }
    return new ItemLexicon(terms);
  }

  /**
   * Items in text[start, end), not overlapping, longest first. English terms must stand as whole
   * words; skip terms hide the items inside them and are not returned.
   */
  List<Found> find(String text, int start, int end) {
    boolean[] taken = new boolean[end - start];
    String lower = lower(text);
    List<Found> out = new ArrayList<>();
    for (Needle n : terms) {
      ItemTerm t = n.term();
      boolean latin = n.latin();
      String needle = n.text();
      String hay = latin ? lower : text;
      int from = start;
      int at;
      while ((at = hay.indexOf(needle, from)) >= 0 && at + needle.length() <= end) {
        int stop = at + needle.length();
        from = at + 1;
        if (latin && !wholeWord(hay, at, stop)) {
          continue;
        }
        if (free(taken, at - start, stop - start)) {
          for (int i = at; i < stop; i++) {
            taken[i - start] = true;
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

  private String lower(String text) {
    Lowered last = lastLowered;
    if (last.text() != text) {
      last = new Lowered(text, text.toLowerCase(Locale.ROOT));
      lastLowered = last;
    }
    return last.lower();
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
