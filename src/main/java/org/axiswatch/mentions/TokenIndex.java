package org.axiswatch.mentions;

import java.util.List;

/** The tokens of a chunk by start offset, so a word's tokens are found without a search. */
final class TokenIndex {
  private final int from;
  private final Token[] byStart;

  TokenIndex(int from, int to, List<Token> tokens) {
    this.from = from;
    this.byStart = new Token[to - from + 1];
    for (Token t : tokens) {
      byStart[t.start() - from] = t;
    }
  }

  /** The token starting at working offset {@code i}, or null. */
  Token at(int i) {
    int k = i - from;
    return k >= 0 && k < byStart.length ? byStart[k] : null;
  }
}
