package org.axiswatch.mentions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generic weapon classes the gazetteer lacks or names only in part, from
 * src/main/resources/mentions/weapon-words.tsv: a class head after at least one modifier
 * ("artillery munitions", "anti-tank guided missiles", "152mm artillery shells"). A gazetteer
 * class inside the phrase keeps its entity ("152mm artillery shells" is the artillery shells);
 * otherwise the phrase is a context weapon named by its singular. A bare head (missiles, 미사일)
 * names no system and is never taken alone.
 */
final class WeaponClassFinder {
  final Set<String> englishHeads = new HashSet<>();
  final Set<String> koreanHeads = new HashSet<>();
  final Set<String> koreanModifiers = new HashSet<>();
  private final Set<String> modifiers = new HashSet<>();
  private final Set<String> weak = new HashSet<>();
  /** First and last letters of the English heads: most words are turned away without a copy. */
  private final boolean[] headFirsts = new boolean[128];
  private final boolean[] headLasts = new boolean[128];
  private int longestHead;
  /** The English heads, looked up without a lower-cased copy of every token. */
  private final FoldedWords<Boolean> foldedHeads;
  /** The first two letters of the English heads: a word opening with no such pair is no head. */
  private final boolean[] headPairs = new boolean[128 * 128];
  private boolean anyPair;

  WeaponClassFinder(DataLines words) {
    for (DataLines.Row row : words.rows()) {
      row.needColumns(3);
      boolean korean = switch (row.cell(2)) {
        case "ko" -> true;
        case "en" -> false;
        default -> throw row.problem("language must be ko or en: '" + row.cell(2) + "'");
      };
      String form = korean ? row.cell(0) : row.cell(0).toLowerCase(Locale.ROOT);
      switch (row.cell(1)) {
        case "head" -> (korean ? koreanHeads : englishHeads).add(form);
        case "modifier" -> (korean ? koreanModifiers : modifiers).add(form);
        case "weak" -> weak.add(form);
        default -> throw row.problem("kind must be head, modifier or weak: '" + row.cell(1) + "'");
      }
    }
    headLasts['s'] = true;
    java.util.Map<String, Boolean> heads = new java.util.HashMap<>();
    for (String h : englishHeads) {
      heads.put(h, Boolean.TRUE);
    }
    foldedHeads = new FoldedWords<>(heads);
    for (String h : englishHeads) {
      if (h.charAt(0) < 128 && h.charAt(1) < 128) {
        headPairs[h.charAt(0) * 128 + h.charAt(1)] = true;
      } else {
        anyPair = true;
      }
    }
    for (String h : englishHeads) {
      headFirsts[h.charAt(0) & 127] = true;
      headLasts[h.charAt(h.length() - 1) & 127] = true;
      longestHead = Math.max(longestHead, h.length());
    }
  }

  static WeaponClassFinder standard() {
    return new WeaponClassFinder(DataLines.resource("weapon-words.tsv"));
  }

  /** English tokens of one chunk (hyphenated words joined); adds one candidate per class phrase. */
  void scan(CharSequence text, List<Token> tokens, Coverage known, List<Found> out) {
    for (int k = 1; k < tokens.size(); k++) {
      Token head = tokens.get(k);
      if (!isHead(head.text())) {
        continue;
      }
      int first = k;
      boolean strong = false;
      while (first > 0 && spaced(text, tokens.get(first - 1), tokens.get(first))) {
        String w = tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
        boolean modifier = modifiers.contains(w) || calibre(w);
        if (!modifier && !weak.contains(w)) {
          break;
        }
        strong |= modifier;
        first--;
      }
      while (first < k && weak.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
        first++; // "new" and "military" may stand inside a class, not open it
      }
      if (!strong || first == k) {
        continue;
      }
      int start = tokens.get(first).start();
      Found inner = known.endingAt(head.end());
      if (inner != null && inner.type() == EntityType.WEAPON && inner.start() >= start) {
        if (inner.start() > start) {
          out.add(new Found(EntityType.WEAPON, start, head.end(), inner.entityId(), inner.entry(),
              inner.origin(), null));
        }
      } else if (!known.covers(start, head.end())) {
        String form = Spaces.collapse(text.subSequence(start, head.end()).toString());
        out.add(new Found(EntityType.WEAPON, start, head.end(),
            ContextIds.of(EntityType.WEAPON, singular(form)), null, "context", null));
      }
    }
  }

  /**
   * Korean: a listed modifier word and a bare class word after it (단거리 미사일, 장거리 로켓) that
   * no name covers; the class word may carry particles.
   */
  void scanKorean(CharSequence text, int from, int to, Coverage known, Particles particles,
      List<Found> out) {
    String chunk = text.subSequence(from, to).toString();
    for (String head : koreanHeads) {
      for (int at = chunk.indexOf(head); at >= 0; at = chunk.indexOf(head, at + 1)) {
        int p = from + at;
        int end = p + head.length();
        if (p - from < 3 || text.charAt(p - 1) != ' ' || known.covers(p, end)) {
          continue;
        }
        int ws = p - 1;
        while (ws > from && HangulSpelling.isHangul(text.charAt(ws - 1))) {
          ws--;
        }
        int we = end;
        while (we < to && HangulSpelling.isHangul(text.charAt(we))) {
          we++;
        }
        if (ws == p - 1 || !koreanModifiers.contains(text.subSequence(ws, p - 1).toString())
            || !particles.isTail(text, end, we)) {
          continue;
        }
        String form = Spaces.collapse(text.subSequence(ws, end).toString());
        out.add(new Found(EntityType.WEAPON, ws, end, ContextIds.of(EntityType.WEAPON, form), null,
            "context", null));
      }
    }
  }

  /** A head word, singular or plural: missile, missiles, munitions. */
  boolean isHead(String word) {
    int n = word.length();
    if (n < 3 || n > longestHead + 2 || !asciiIn(headFirsts, word.charAt(0))
        || !asciiIn(headLasts, word.charAt(n - 1))) {
      return false;
    }
    char c0 = ChunkWords.lower(word.charAt(0));
    char c1 = ChunkWords.lower(word.charAt(1));
    if (!anyPair && c0 < 128 && c1 < 128 && !headPairs[c0 * 128 + c1]) {
      return false;
    }
    // in ASCII, lower-casing a character at a time is what toLowerCase does to the word; one
    // pass sums the hashes of the word and of its last two prefixes (the singular's candidates)
    int h = 0;
    int h1 = 0;
    int h2 = 0;
    for (int k = 0; k < n; k++) {
      char c = word.charAt(k);
      if (c >= 0x80) {
        String w = word.toLowerCase(Locale.ROOT);
        return englishHeads.contains(w) || englishHeads.contains(singular(w));
      }
      if (k == n - 2) {
        h2 = h;
      } else if (k == n - 1) {
        h1 = h;
      }
      h = 31 * h + ChunkWords.lower(c);
    }
    if (foldedHeads.get(word, 0, n, ChunkWords.mix(h)) != null) {
      return true;
    }
    if (endsWithFolded(word, "ses") || endsWithFolded(word, "shes") || endsWithFolded(word, "ches")) {
      return foldedHeads.get(word, 0, n - 2, ChunkWords.mix(h2)) != null;
    }
    return endsWithFolded(word, "s") && !endsWithFolded(word, "ss")
        && foldedHeads.get(word, 0, n - 1, ChunkWords.mix(h1)) != null;
  }

  /** Whether the word ends with the lower-case {@code end}, compared without case. */
  private static boolean endsWithFolded(String word, String end) {
    int at = word.length() - end.length();
    if (at < 0) {
      return false;
    }
    for (int k = 0; k < end.length(); k++) {
      if (ChunkWords.lower(word.charAt(at + k)) != end.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiIn(boolean[] table, char c) {
    char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    return lower < 128 && table[lower];
  }

  static String singular(String form) {
    if (form.endsWith("ses") || form.endsWith("shes") || form.endsWith("ches")) {
      return form.substring(0, form.length() - 2);
    }
    return form.endsWith("s") && !form.endsWith("ss") ? form.substring(0, form.length() - 1) : form;
  }

  /** 152mm, 122-mm, 240mm: a calibre in millimetres. */
  private static boolean calibre(String w) {
    int d = 0;
    while (d < w.length() && Character.isDigit(w.charAt(d))) {
      d++;
    }
    String rest = w.substring(d);
    return d >= 2 && (rest.equals("mm") || rest.equals("-mm"));
  }

  /** Two tokens of one phrase: one space apart. */
  private static boolean spaced(CharSequence text, Token a, Token b) {
    return b.start() - a.end() == 1 && text.charAt(a.end()) == ' ';
  }
}
