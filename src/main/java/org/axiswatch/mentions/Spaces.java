package org.axiswatch.mentions;

/**
 * {@code s.replaceAll("\\s+", " ")} without a regex: mention forms are collapsed once per mention,
 * and compiling the pattern each time cost more than finding the mention. Whitespace is the
 * regex's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return.
 */
final class Spaces {
  private Spaces() {}

  static String collapse(String s) {
    if (!needsWork(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          b.append(' ');
        }
        inRun = true;
      } else {
        b.append(c);
        inRun = false;
      }
    }
    return b.toString();
  }

  private static boolean needsWork(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
