package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Bylines of English wire copy: the reporters named above or below the headline. */
final class BylineFinder {
  private BylineFinder() {}

  /**
   * A byline: "By Daniel Okafor" or "By Daniel R. Whitfield" alone on its line, or names in
   * capitals joined by "and", opening their line and followed by nothing or a known outlet
   * ("HYUNG-JIN KIM and JIM HEINTZ, Associated Press"). Each name is two or three words.
   */
  static boolean find(CharSequence text, List<Token> tokens, int from, int to, Coverage known,
      EnglishContextFinder finder, List<Found> out) {
    // the start is checked first: it fails at once inside a paragraph, the line's end would not
    if (!lineStart(text, tokens.get(from).start())) {
      return false;
    }
    boolean by = tokens.get(from).text().equalsIgnoreCase("by");
    int s = by ? from + 1 : from;
    int ending = lineEnding(text, tokens.get(to - 1).end(), known);
    // names in capitals with no "By" need their outlet: a line in capitals alone is a heading
    if (s >= to || ending < 0 || (!by && ending == 0)) {
      return false;
    }
    List<int[]> names = new ArrayList<>();
    int a = s;
    for (int k = s; k <= to; k++) {
      if (k == to || EnglishContextFinder.lower(tokens.get(k)).equals("and")) {
        if (k - a < 2 || !finder.name(text, tokens, a, k) || (!by && !capitals(tokens, a, k))) {
          return false;
        }
        names.add(new int[] {a, k});
        a = k + 1;
      }
    }
    for (int[] n : names) {
      EnglishContextFinder.emit(EntityType.PERSON, tokens, n[0], n[1], text, out);
    }
    return true;
  }

  private static boolean capitals(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (!w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean lineStart(CharSequence text, int start) {
    for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * 0 when nothing more is on the line, 1 when a comma and a known organisation end it
   * (", Associated Press"), else -1.
   */
  private static int lineEnding(CharSequence text, int end, Coverage known) {
    boolean outlet = false;
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      Found org = known.at(i);
      if (org == null || org.start() != i || org.type() != EntityType.ORG) {
        return -1;
      }
      i = org.end();
      outlet = true;
    }
    while (i < text.length() && text.charAt(i) != '\n') {
      if (!Character.isWhitespace(text.charAt(i++))) {
        return -1;
      }
    }
    return outlet ? 1 : 0;
  }
}
