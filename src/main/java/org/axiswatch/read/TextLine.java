package org.axiswatch.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text: {@code [start, end)} without its terminator, {@code next} where the following
 * line starts. Lines end at \n, \r\n, \r or a form feed (PDF page ends).
 */
public record TextLine(int start, int end, int next) {

  public static List<TextLine> split(String text) {
    List<TextLine> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\f') {
        int next = (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? i + 2 : i + 1;
        lines.add(new TextLine(start, i, next));
        start = next;
        i = next;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(new TextLine(start, text.length(), text.length()));
    }
    return lines;
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  /** First character that is not indentation (or end when blank). */
  public int contentStart(String text) {
    int i = start;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** End without trailing spaces (or contentStart when blank). */
  public int trimmedEnd(String text) {
    int i = end;
    int from = contentStart(text);
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  public boolean isBlank(String text) {
    return contentStart(text) == end;
  }

  /** Spaces as extraction leaves them: ASCII, no-break, ideographic, zero-width, BOM. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u200B'
        || c == '\uFEFF' || (c >= '\u2000' && c <= '\u200A');
  }
}
