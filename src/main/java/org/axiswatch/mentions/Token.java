package org.axiswatch.mentions;

/**
 * One token of the working text.
 *
 * @param start working offset, inclusive
 * @param end working offset, exclusive
 * @param pos Nori's part-of-speech tag (NNP, NNG, J, …) for Korean text; Lucene's token type
 *     (&lt;ALPHANUM&gt;, &lt;NUM&gt;) for text without Hangul
 */
record Token(String text, int start, int end, String pos) {
  boolean isProperNoun() {
    return pos.equals("NNP");
  }
}
