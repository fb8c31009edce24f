package org.axiswatch.facts;

import java.util.List;

/**
 * Where a sentence breaks into clauses: after a comma or semicolon, a full stop inside the
 * sentence, a connective ending (하고, 했으며, 지만, 면서), or before English but/while/whereas.
 * Each break is one character (the punctuation or the space); the next clause starts after it.
 * Written out by hand, not as a regex, because every sentence is read character by character.
 */
final class ClauseBreaks {
  /** Stems before 고 that make it a connective (하고, 했고, 되고, 지고). */
  private static final String BEFORE_GO = "하했였았었혔렸졌왔웠됐되지";
  /** Stems before 며 that make it a connective (하며, 이며, 되며). */
  private static final String BEFORE_MYEO = "하했였았었혔렸졌왔이되";
  /** Two-syllable connective endings. */
  private static final List<String> ENDINGS = List.of("면서", "지만", "으나", "는데", "므로", "으며");
  private static final List<String> ENGLISH = List.of("but", "while", "whereas");

  private ClauseBreaks() {}

  /**
   * Whether text[at] breaks a clause of the sentence text[start, end); nothing before start or
   * from end on is looked at.
   */
  static boolean at(String text, int at, int start, int end) {
    char c = text.charAt(at);
    if (c == ',' || c == ';' || c == '，' || c == '.' || c == '。') {
      return at + 1 < end && space(text.charAt(at + 1));
    }
    if (!space(c)) {
      return false;
    }
    if (at - 2 >= start) {
      char a = text.charAt(at - 2);
      char b = text.charAt(at - 1);
      if (b == '고' && BEFORE_GO.indexOf(a) >= 0 || b == '며' && BEFORE_MYEO.indexOf(a) >= 0) {
        return true;
      }
      if (KoreanConnectives.before(text, at, start, end)) {
        return true;
      }
      for (String e : ENDINGS) {
        if (a == e.charAt(0) && b == e.charAt(1)) {
          return true;
        }
      }
    }
    for (String w : ENGLISH) {
      int after = at + 1 + w.length();
      if (after < end && text.startsWith(w, at + 1) && space(text.charAt(after))) {
        return true;
      }
    }
    return false;
  }

  /** The characters a regex's \s stands for. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
