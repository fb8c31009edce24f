package org.axiswatch.sanctions;

import java.util.ArrayList;
import java.util.List;
import org.axiswatch.mentions.Mention;

/**
 * The words next to a person's mentions, where titles stand: after the name in Korean
 * ("이병철 당 중앙군사위 부위원장"), before it in English ("Vice Chairman Ri Pyong Chol"). Each side
 * stops at a comma, bracket or sentence end, so a neighbour's title is not borrowed.
 */
final class TitleContext {
  private static final int REACH = 24;
  private static final String STOPS = ",.;:()[]·\n“”\"'‘’、";

  private TitleContext() {}

  static List<String> around(String entityId, List<Mention> mentions, String text) {
    List<String> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (!entityId.equals(m.entity()) || m.span().end() > text.length()) {
        continue;
      }
      int end = m.span().end();
      int stop = end;
      while (stop < text.length() && stop - end < REACH && STOPS.indexOf(text.charAt(stop)) < 0) {
        stop++;
      }
      int start = m.span().start();
      int from = start;
      while (from > 0 && start - from < REACH && STOPS.indexOf(text.charAt(from - 1)) < 0) {
        from--;
      }
      String after = text.substring(end, stop).strip();
      String before = text.substring(from, start).strip();
      if (!after.isEmpty()) {
        out.add(after);
      }
      if (!before.isEmpty()) {
        out.add(before);
      }
    }
    return out;
  }
}
