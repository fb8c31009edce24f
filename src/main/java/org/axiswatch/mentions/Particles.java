package org.axiswatch.mentions;

import java.util.Arrays;

/**
 * What may follow a name inside one Korean word: particles (은, 의, 에게서…) and the short nouns the
 * press glues to names (산 "made in", 측 "side", 간 "between", 군 "forces"…). A name is only taken
 * inside a longer word when the rest of the word is made of these, so 부차 is found in 부차시에서
 * but not in 부차적.
 */
final class Particles {
  /** Longest rest of a word that is checked; longer rests are not particles. */
  private static final int MAX_REST = 12;
  /** Longest particle chain stripped from a word. */
  private static final int MAX_STRIP = 5;
  /**
   * Particles and glued nouns in one trie: the check runs for every Korean word and number, and
   * looking each piece up as a new substring in a hash set allocated more than it decided.
   */
  private final Node root = new Node();
  private int longest;

  private static final class Node {
    char[] keys = new char[0];
    Node[] kids = new Node[0];
    boolean particle;
    boolean tail;

    Node get(char c) {
      int k = Arrays.binarySearch(keys, c);
      return k >= 0 ? kids[k] : null;
    }

    Node getOrAdd(char c) {
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) {
        return kids[k];
      }
      int at = -k - 1;
      char[] ks = Arrays.copyOf(keys, keys.length + 1);
      Node[] ns = Arrays.copyOf(kids, kids.length + 1);
      System.arraycopy(keys, at, ks, at + 1, keys.length - at);
      System.arraycopy(kids, at, ns, at + 1, kids.length - at);
      ks[at] = c;
      ns[at] = new Node();
      keys = ks;
      kids = ns;
      return ns[at];
    }
  }

  Particles(DataLines data) {
    for (DataLines.Row row : data.rows()) {
      row.needColumns(2);
      String form = row.cell(0);
      if (!HangulSpelling.allHangul(form)) {
        throw row.problem("a particle is Hangul only: '" + form + "'");
      }
      boolean particle = switch (row.cell(1)) {
        case "particle" -> true;
        case "tail" -> false;
        default -> throw row.problem("kind must be 'particle' or 'tail': '" + row.cell(1) + "'");
      };
      Node n = root;
      for (int i = 0; i < form.length(); i++) {
        n = n.getOrAdd(form.charAt(i));
      }
      if (particle) {
        n.particle = true;
      } else {
        n.tail = true;
      }
      longest = Math.max(longest, form.length());
    }
  }

  static Particles standard() {
    return new Particles(DataLines.resource("particles.tsv"));
  }

  /** True when {@code rest} is empty or a chain of particles only. */
  boolean isParticles(CharSequence rest) {
    return split(rest, 0, rest.length(), false);
  }

  /** True when {@code rest} is empty or a chain of particles and glued nouns. */
  boolean isTail(CharSequence rest) {
    return split(rest, 0, rest.length(), true);
  }

  /** {@link #isTail(CharSequence)} of text[from, to), without copying it out. */
  boolean isTail(CharSequence text, int from, int to) {
    return split(text, from, to, true);
  }

  /** Length of the longest particle chain that ends {@code word}, for stripping (0 if none). */
  int particleSuffix(CharSequence word) {
    for (int k = Math.min(word.length() - 1, MAX_STRIP); k > 0; k--) {
      if (split(word, word.length() - k, word.length(), false)) {
        return k;
      }
    }
    return 0;
  }

  /**
   * Whether text[from, to) is glued nouns followed by particles, in that order: a noun never follows
   * a particle, so 한국은행 is not 한국 + 은 + 행.
   */
  private boolean split(CharSequence text, int from, int to, boolean withTails) {
    int n = to - from;
    if (n == 0) {
      return true;
    }
    if (n > MAX_REST) {
      return false;
    }
    // nouns[i]: rest[0, i) is glued nouns only; any[i]: nouns then at least one particle
    boolean[] nouns = new boolean[n + 1];
    boolean[] any = new boolean[n + 1];
    nouns[0] = true;
    for (int i = 0; i < n; i++) {
      if (!nouns[i] && !any[i]) {
        continue;
      }
      Node node = root;
      for (int k = 1; k <= longest && i + k <= n; k++) {
        node = node.get(text.charAt(from + i + k - 1));
        if (node == null) {
          break;
        }
        if (node.particle) {
          any[i + k] = true;
        }
        if (withTails && nouns[i] && node.tail) {
          nouns[i + k] = true;
        }
      }
    }
    return nouns[n] || any[n];
  }
}
