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
    private final Map<Character, Node> building = new TreeMap<>();
    private final List<Integer> ending = new ArrayList<>();
    private char[] keys;
    private Node[] next;
    private int[] ids;

    Node child(char c) {
      int lo = 0;
      int hi = keys.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        char k = keys[mid];
        if (k < c) {
          lo = mid + 1;
        } else if (k > c) {
          hi = mid - 1;
        } else {
          return next[mid];
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
      ids = ending.isEmpty() ? NONE : ending.stream().mapToInt(Integer::intValue).toArray();
      building.clear();
    }
  }

  private final Node root;
  private final boolean fold;
  private final boolean empty;

  /**
   * @param words the words, their ids being their indexes; none may be empty
   * @param fold compare the text's ASCII capitals as small letters (the words are given so)
   */
  LiteralTrie(List<String> words, boolean fold) {
    root = new Node();
    for (int id = 0; id < words.size(); id++) {
      String w = words.get(id);
      if (w.isEmpty()) {
        throw new IllegalArgumentException("an empty word matches everywhere");
      }
      Node n = root;
      for (int i = 0; i < w.length(); i++) {
        n = n.building.computeIfAbsent(w.charAt(i), c -> new Node());
      }
      n.ending.add(id);
    }
    root.freeze();
    this.fold = fold;
    this.empty = words.isEmpty();
  }

  /** Reports every occurrence in text[start, end), by start then length. */
  void scan(CharSequence text, int start, int end, Sink sink) {
    if (empty) {
      return;
    }
    for (int i = start; i < end; i++) {
      Node n = root;
      for (int j = i; j < end; j++) {
        char c = text.charAt(j);
        n = n.child(fold ? RequiredLiterals.fold(c) : c);
        if (n == null) {
          break;
        }
        for (int id : n.ids) {
          sink.found(id, i, j + 1);
        }
      }
    }
  }
}
