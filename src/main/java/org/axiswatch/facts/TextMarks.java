package org.axiswatch.facts;

/**
 * Which working offsets lie inside quotation marks or parentheses. A trigger inside a quotation is
 * what a source said, not an event the author reports; a date in parentheses dates the noun
 * before it (‘전승절’(7.27)), not the clause's predicate.
 */
final class TextMarks {
  private static final int LONGEST_QUOTE = 800;
  private static final int LONGEST_SINGLE = 80;

  private final boolean[] quoted;
  private final boolean[] bracketed;

  TextMarks(String text) {
    quoted = new boolean[text.length() + 1];
    bracketed = new boolean[text.length() + 1];
    mark(text, '“', '”', LONGEST_QUOTE, quoted);
    mark(text, '‘', '’', LONGEST_SINGLE, quoted);
    mark(text, '「', '」', LONGEST_QUOTE, quoted);
    mark(text, '『', '』', LONGEST_QUOTE, quoted);
    markStraight(text);
    mark(text, '(', ')', LONGEST_SINGLE, bracketed);
    mark(text, '（', '）', LONGEST_SINGLE, bracketed);
  }

  boolean quoted(int offset) {
    return quoted[offset];
  }

  boolean bracketed(int offset) {
    return bracketed[offset];
  }

  private static void mark(String text, char open, char close, int longest, boolean[] into) {
    int i = text.indexOf(open);
    while (i >= 0) {
      int j = text.indexOf(close, i + 1);
      if (j < 0) {
        return;
      }
      if (j - i <= longest) {
        for (int k = i; k <= j; k++) {
          into[k] = true;
        }
        i = text.indexOf(open, j + 1);
      } else {
        i = text.indexOf(open, i + 1);
      }
    }
  }

  /** Straight double quotes pair up in order within a paragraph. */
  private void markStraight(String text) {
    int open = -1;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '"') {
        if (open < 0) {
          open = k;
        } else {
          for (int m = open; m <= k; m++) {
            quoted[m] = true;
          }
          open = -1;
        }
      } else if (c == '\n' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
        open = -1;
      }
    }
  }
}
