package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * A character trie over every form of every gazetteer entry, walked from a text position to find
 * the longest form that starts there. Latin letters match without case, except short all-capital
 * forms (US, UN, SU), which would otherwise match ordinary words. A space inside a form matches any
 * run of whitespace (line breaks included), and between Korean words also no space at all
 * (극초음속 미사일 / 극초음속미사일).
 */
final class NameIndex {
  static final char SPACE = '\u0001';
  private static final int MAX_GAP = 4;

  /** A form ending at a trie node. */
  record Form(String text, GazetteerEntry entry, boolean exactCase) {
    /** A Latin name written with a capital is only found written with a capital (Trump, not trump). */
    boolean capital() {
      return Character.isUpperCase(text.charAt(0)) && NameIndex.isLatin(text.charAt(0));
    }
  }

  /** The longest form found at a position: its end (working offset) and what it names. */
  record Hit(int end, List<Form> forms) {}

  /**
   * Children in a small open-addressing table keyed by char, and the whitespace child in a field
   * of its own: the walk runs at every word start, and boxed-character map lookups dominated it.
   */
  private static final class Node {
    char[] keys = new char[0];
    Node[] kids = new Node[0];
    int size;
    Node gap;
    List<Form> forms;

    Node get(char c) {
      if (c == SPACE) {
        return gap; // SPACE keys the whitespace child
      }
      Node[] ks = kids;
      if (ks.length == 0) {
        return null;
      }
      int mask = ks.length - 1;
      for (int i = slot(c, mask); ; i = (i + 1) & mask) {
        Node n = ks[i];
        if (n == null || keys[i] == c) {
          return n;
        }
      }
    }

    Node getOrAdd(char c) {
      if (c == SPACE) {
        if (gap == null) {
          gap = new Node();
        }
        return gap;
      }
      Node have = get(c);
      if (have != null) {
        return have;
      }
      if (2 * (size + 1) > kids.length) {
        grow();
      }
      Node n = new Node();
      put(c, n);
      return n;
    }

    private void grow() {
      char[] oldKeys = keys;
      Node[] oldKids = kids;
      keys = new char[Math.max(4, oldKids.length * 2)];
      kids = new Node[keys.length];
      size = 0;
      for (int i = 0; i < oldKids.length; i++) {
        if (oldKids[i] != null) {
          put(oldKeys[i], oldKids[i]);
        }
      }
    }

    private void put(char c, Node n) {
      int mask = kids.length - 1;
      int i = slot(c, mask);
      while (kids[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = c;
      kids[i] = n;
      size++;
    }

    private static int slot(char c, int mask) {
      return ((c * 0x9E3779B1) >>> 16) & mask;
    }
  }

  private final Node root = new Node();
  /** Folded first characters of the forms: one bit test says most text characters start none. */
  private final java.util.BitSet starts = new java.util.BitSet();
  /**
   * The same for forms a word written in lower case can match: neither exact-case forms (they have
   * no lower-case letter) nor forms written with a Latin capital (Trump) match "the" or "of".
   */
  private final java.util.BitSet lowerStarts = new java.util.BitSet();

  /**
   * A bit for the hash of each form's opening run: its ASCII letters and digits up to its first
   * other character, folded. A name found at an ASCII Latin word of the text opens with that whole
   * word (or, for a plural, the word without its final s), since a name ends where a Latin word
   * ends, so a word whose bit is clear opens no name ({@link #mayOpen}). Most words of a text open
   * none; the table is small enough to stay in the cache, unlike the trie.
   */
  private final long[] openingRuns = new long[1 << (OPENING_BITS - 6)];
  private static final int OPENING_BITS = 17;

  void add(String form, GazetteerEntry entry) {
    add0(form, entry);
    if (form.indexOf('-') >= 0) {
      add0(form.replace('-', ' '), entry);
      add0(form.replace("-", ""), entry);
    }
  }

  private void add0(String form, GazetteerEntry entry) {
    String f = form.strip();
    if (f.isEmpty()) {
      return;
    }
    int run = 0;
    int runLength = 0;
    for (int i = 0; i < f.length() && isAsciiLatin(fold(f.charAt(i))); i++) {
      run = 31 * run + fold(f.charAt(i));
      runLength++;
    }
    if (runLength > 0) {
      int bit = ChunkWords.mix(run) & ((1 << OPENING_BITS) - 1);
      openingRuns[bit >>> 6] |= 1L << bit;
    }
    boolean exact = f.length() <= 5 && !f.chars().anyMatch(Character::isLowerCase)
        && f.chars().anyMatch(Character::isUpperCase);
    Node n = root;
    boolean gap = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isWhitespace(c)) {
        gap = true;
        continue;
      }
      if (gap) {
        n = n.getOrAdd(SPACE);
        gap = false;
      }
      if (n == root) {
        starts.set(fold(c));
      }
      n = n.getOrAdd(fold(c));
    }
    if (n.forms == null) {
      n.forms = new ArrayList<>(1);
    }
    Form added = new Form(f, entry, exact);
    if (!exact && !added.capital()) {
      lowerStarts.set(fold(f.charAt(0)));
    }
    for (int k = 0; k < n.forms.size(); k++) {
      Form have = n.forms.get(k);
      if (have.entry() == entry && have.exactCase() == exact
          && (!exact || have.text().equals(f))) {
        if (have.capital() && !added.capital()) {
          n.forms.set(k, added); // "Nuclear-powered submarine" as a name, written lower case in text
        }
        return;
      }
    }
    n.forms.add(added);
  }

  /**
   * False when no form can start with {@code c}, so {@link #longestAt} would find nothing there;
   * most characters of a text start no name, and the word-edge checks are then skipped.
   */
  boolean mayStart(char c) {
    if (root.gap != null) {
      return true;
    }
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' ? lowerStarts.get(c) : starts.get(fold(c));
    }
    return Character.isLowerCase(c) ? lowerStarts.get(fold(c)) : starts.get(fold(c));
  }

  /**
   * False when no form can be found at an ASCII Latin word of the text: neither the word nor (a
   * plural, {@code endsWithS}) the word without its final s is a form's opening run.
   *
   * @param hash the word's {@link ChunkWords#hash} before {@link ChunkWords#mix}
   * @param hashButLast the same for the word without its last character
   */
  boolean mayOpen(int hash, int hashButLast, boolean endsWithS) {
    return opens(ChunkWords.mix(hash)) || endsWithS && opens(ChunkWords.mix(hashButLast));
  }

  private boolean opens(int mixed) {
    int bit = mixed & ((1 << OPENING_BITS) - 1);
    return (openingRuns[bit >>> 6] & (1L << bit)) != 0;
  }

  private static boolean isAsciiLatin(char c) {
    return c < 0x80 && ASCII_LATIN[c];
  }

  /** The longest form starting at {@code start} and ending by {@code limit}, or null. */
  Hit longestAt(CharSequence text, int start, int limit) {
    return walk(text, start, start, limit, root, null);
  }

  /** The walk from {@code node} at {@code pos}: {@code best}, or a longer hit found on the way. */
  private Hit walk(CharSequence text, int start, int pos, int limit, Node node, Hit best) {
    Node n = node;
    int p = pos;
    while (true) {
      if (n.forms != null && p > start && (best == null || p > best.end())) {
        List<Form> ok = matching(text, start, p, n.forms);
        if (!ok.isEmpty()) {
          best = new Hit(p, ok);
        }
      }
      if (p >= limit) {
        return best;
      }
      Node gap = n.gap;
      if (gap != null) {
        int q = p;
        while (q < limit && q - p <= MAX_GAP && isSpace(text.charAt(q))) {
          q++;
        }
        boolean latin = p > start && isLatin(text.charAt(p - 1));
        if (q > p && q - p <= MAX_GAP) {
          best = walk(text, start, q, limit, gap, best);
        } else if (q == p && !latin && !isLatin(text.charAt(p))) {
          best = walk(text, start, p, limit, gap, best);
        }
      }
      Node next = n.get(fold(text.charAt(p)));
      if (next == null) {
        return best;
      }
      n = next;
      p++;
    }
  }

  /** {@link Character#isWhitespace(char)}, answered at once for the printable ASCII characters. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c < ' ' || c >= 0x80) && Character.isWhitespace(c);
  }

  private static List<Form> matching(CharSequence text, int start, int end, List<Form> forms) {
    List<Form> ok = new ArrayList<>(forms.size());
    for (Form f : forms) {
      boolean caseOk = f.exactCase() ? sameLetters(text, start, end, f.text())
          : !f.capital() || Character.isUpperCase(text.charAt(start));
      if (caseOk) {
        ok.add(f);
      }
    }
    return ok;
  }

  /** Exact-case check ignoring whitespace differences. */
  private static boolean sameLetters(CharSequence text, int start, int end, String form) {
    int j = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      while (j < form.length() && Character.isWhitespace(form.charAt(j))) {
        j++;
      }
      if (j >= form.length() || normalizeDash(c) != normalizeDash(form.charAt(j))) {
        return false;
      }
      j++;
    }
    return true;
  }

  static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    }
    return Character.toLowerCase(normalizeDash(c));
  }

  private static char normalizeDash(char c) {
    return switch (c) {
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D' -> '-';
      default -> c;
    };
  }

  /** ASCII letters and digits, by table: this runs at every character of a text. */
  private static final boolean[] ASCII_LATIN = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LATIN[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  static boolean isLatin(char c) {
    if (c < 0x80) {
      return ASCII_LATIN[c];
    }
    return (c < 0x250 && Character.isLetterOrDigit(c)) || (c >= '\uFF10' && c <= '\uFF5A');
  }
}
