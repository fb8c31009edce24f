package org.axiswatch.mentions;

import java.util.Arrays;

/**
 * A fixed set of lower-case words, each with a value, looked up by a stretch of the text compared
 * without case ({@link Character#toLowerCase(char)} per character) and without building a string:
 * the lookups run at every word start of a document. The hash is {@link ChunkWords#hash}.
 *
 * @param <V> what a word maps to
 */
final class FoldedWords<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  /** @param words lower-case words and their values; a later value for the same word wins */
  FoldedWords(java.util.Map<String, V> words) {
    int cap = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
    keys = new String[cap];
    values = new Object[cap];
    mask = cap - 1;
    for (java.util.Map.Entry<String, V> e : words.entrySet()) {
      String w = e.getKey();
      int i = ChunkWords.hash(w, 0, w.length()) & mask;
      while (keys[i] != null && !keys[i].equals(w)) {
        i = (i + 1) & mask;
      }
      keys[i] = w;
      values[i] = e.getValue();
    }
  }

  /** The value of the word text[start, end), compared without case, or null. */
  @SuppressWarnings("unchecked")
  V get(CharSequence text, int start, int end, int hash) {
    int n = end - start;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (k.length() == n && sameFolded(text, start, k)) {
        return (V) values[i];
      }
    }
  }

  /** The same, hashing the stretch here. */
  V get(CharSequence text, int start, int end) {
    return get(text, start, end, ChunkWords.hash(text, start, end));
  }

  private static boolean sameFolded(CharSequence text, int start, String key) {
    for (int k = 0; k < key.length(); k++) {
      if (ChunkWords.lower(text.charAt(start + k)) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return Arrays.stream(keys).filter(java.util.Objects::nonNull).sorted().toList().toString();
  }
}
