package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many literal words found in a text in one pass: from each position the trie is followed as far
 * as the text agrees with some word, so a text costs about one lookup per character however many
 * words there are. Every occurrence is reported, overlapping ones too.
 */
final class LiteralTrie {
  /** Receives each occurrence of word {@code id} at [start, end). */
  interface Sink {
    void found(int id, int start, int end);
  }

  private static final int[] NONE = new int[0];

  private static final class Node {
    /** Beyond this many children a node finds them in a table, not by scanning its keys. */
    private static final int FEW = 6;

    private final Map<Character, Node> building = new TreeMap<>();
    private final List<Integer> ending = new ArrayList<>();
    private char[] keys;
    private Node[] next;
    /** For many children: pages of 256 by the character's high byte, null where none. */
    private Node[][] pages;
    private int[] ids;

    Node child(char c) {
      if (pages != null) {
        Node[] page = pages[c >>> 8];
        return page == null ? null : page[c & 0xff];
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return next[i];
        }
      }
      return null;
    }

    void freeze() {
      keys = new char[building.size()];
      next = new Node[building.size()];
      int i = 0;
      for (Map.Entry<Character, Node> e : building.entrySet()) {
        keys[i] = e.getKey();
        next[i++] = e.getValue();
        e.getValue().freeze();
      }
      if (keys.length > FEW) {
        pages = new Node[256][];
        for (int k = 0; k < keys.length; k++) {
          char c = keys[k];
          if (pages[c >>> 8] == null) {
            pages[c >>> 8] = new Node[256];
          }
          pages[c >>> 8][c & 0xff] = next[k];
        }
      }
      ids = ending.isEmpty() ? NONE : ending.stream().mapToInt(Integer::intValue).toArray();
      building.clear();
    }
  }

  private final Node root;
  /** The characters (in small letters) that some word starts with, one bit each. */
  private final long[] first = new long[1 << 10];
  private final String[] exact;
  private final boolean empty;

  /**
   * @param words the words, their ids being their indexes; none may be empty
   * @param ignoreCase per word: whether an ASCII capital in the text matches its small letter
   *     (the word then given in small letters), as a case-insensitive pattern compares
   */
  LiteralTrie(List<String> words, List<Boolean> ignoreCase) {
    root = new Node();
    exact = new String[words.size()];
    for (int id = 0; id < words.size(); id++) {
      String w = words.get(id);
      if (w.isEmpty()) {
        throw new IllegalArgumentException("an empty word matches everywhere");
      }
      boolean ascii = w.chars().anyMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
      if (!ignoreCase.get(id) && ascii) {
        exact[id] = w; // only ASCII letters are folded in the walk: only they need checking
      }
      char c0 = RequiredLiterals.fold(w.charAt(0));
      first[c0 >>> 6] |= 1L << c0;
      Node n = root;
      for (int i = 0; i < w.length(); i++) {
        n = n.building.computeIfAbsent(RequiredLiterals.fold(w.charAt(i)), c -> new Node());
      }
      n.ending.add(id);
    }
    root.freeze();
    this.empty = words.isEmpty();
  }

  /** Words that all match case as written. */
  static LiteralTrie exact(List<String> words) {
    return new LiteralTrie(words, java.util.Collections.nCopies(words.size(), false));
  }

  /**
   * Reports every occurrence in text[start, end), by start then length. The trie is walked in
   * ASCII small letters; a word that keeps case is checked as written where the walk finds it.
   */
  void scan(char[] text, int start, int end, Sink sink) {
    if (empty) {
      return;
    }
    for (int i = start; i < end; i++) {
      scanAt(text, i, end, sink);
    }
  }

  /** Reports the occurrences in text[at, end) that start at {@code at}, shortest first. */
  void scanAt(char[] text, int at, int end, Sink sink) {
    char c0 = RequiredLiterals.fold(text[at]);
    if ((first[c0 >>> 6] & 1L << c0) == 0) {
      return; // most characters start no word: one bit tells, without the root's table
    }
    Node n = root;
    for (int j = at; j < end; j++) {
      n = n.child(RequiredLiterals.fold(text[j]));
      if (n == null) {
        return;
      }
      for (int id : n.ids) {
        String w = exact[id];
        if (w == null || writtenAt(text, at, w)) {
          sink.found(id, at, j + 1);
        }
      }
    }
  }

  private static boolean writtenAt(char[] text, int at, String w) {
    for (int k = 0; k < w.length(); k++) {
      if (text[at + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
