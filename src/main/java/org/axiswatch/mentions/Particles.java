package org.axiswatch.mentions;

import java.util.HashSet;
import java.util.Set;

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
  private final Set<String> particles = new HashSet<>();
  private final Set<String> tails = new HashSet<>();
  private int longest;

  Particles(DataLines data) {
    for (DataLines.Row row : data.rows()) {
      row.needColumns(2);
      String form = row.cell(0);
      if (!HangulSpelling.allHangul(form)) {
        throw row.problem("a particle is Hangul only: '" + form + "'");
      }
      switch (row.cell(1)) {
        case "particle" -> particles.add(form);
        case "tail" -> tails.add(form);
        default -> throw row.problem("kind must be 'particle' or 'tail': '" + row.cell(1) + "'");
      }
      longest = Math.max(longest, form.length());
    }
  }

  static Particles standard() {
    return new Particles(DataLines.resource("particles.tsv"));
  }

  /** True when {@code rest} is empty or a chain of particles only. */
  boolean isParticles(CharSequence rest) {
    return split(rest, false);
  }

  /** True when {@code rest} is empty or a chain of particles and glued nouns. */
  boolean isTail(CharSequence rest) {
    return split(rest, true);
  }

  /** Length of the longest particle chain that ends {@code word}, for stripping (0 if none). */
  int particleSuffix(CharSequence word) {
    for (int k = Math.min(word.length() - 1, MAX_STRIP); k > 0; k--) {
      if (split(word.subSequence(word.length() - k, word.length()), false)) {
        return k;
      }
    }
    return 0;
  }

  /**
   * Whether {@code rest} is glued nouns followed by particles, in that order: a noun never follows
   * a particle, so 한국은행 is not 한국 + 은 + 행.
   */
  private boolean split(CharSequence rest, boolean withTails) {
    int n = rest.length();
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
      for (int k = 1; k <= longest && i + k <= n; k++) {
        String piece = rest.subSequence(i, i + k).toString();
        if (particles.contains(piece)) {
          any[i + k] = true;
        }
        if (withTails && nouns[i] && tails.contains(piece)) {
          nouns[i + k] = true;
        }
      }
    }
    return nouns[n] || any[n];
  }
}
