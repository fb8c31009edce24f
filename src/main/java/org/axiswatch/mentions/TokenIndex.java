package org.axiswatch.mentions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of a chunk by start offset, tokenized a word (eojeol) at a time and only for the
 * words a context rule asks about: most words are next to no title or suffix cue, so most of the
 * text never needs Nori's tags. Korean words are delimited by spaces, so Nori's analysis of a word
 * alone is the analysis it gives the word in its sentence, near enough for a proper-noun hint.
 */
final class TokenIndex {
  private final CharSequence text;
  private final int from;
  private final int to;
  private final WordTokenizer tokenizer;
  private final Token[] byStart;
  private final Map<Integer, Boolean> words = new HashMap<>();

  TokenIndex(CharSequence text, int from, int to, WordTokenizer tokenizer) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.tokenizer = tokenizer;
    this.byStart = new Token[to - from + 1];
  }

  /** The token starting at working offset {@code i}, or null. */
  Token at(int i) {
    int k = i - from;
    if (k < 0 || k >= byStart.length - 1) {
      return null;
    }
    int wordStart = i;
    while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (words.putIfAbsent(wordStart, Boolean.TRUE) == null) {
      int wordEnd = i;
      while (wordEnd < to && !Character.isWhitespace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      List<Token> tokens = tokenizer.tokenize(text, wordStart, wordEnd);
      for (Token t : tokens) {
        byStart[t.start() - from] = t;
      }
    }
    return byStart[k];
  }
}
