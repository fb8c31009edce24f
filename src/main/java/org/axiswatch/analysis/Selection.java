package org.axiswatch.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a brief or an export is about: a topic (entities, e.g. "North Korea–Russia" or "PRK, RUS")
 * and a date range. Every part may be absent.
 *
 * @param topic entity names or ids joined by a dash, slash, comma or "and"; null for all
 * @param from first day, inclusive, or null
 * @param to last day, inclusive, or null
 */
public record Selection(String topic, LocalDate from, LocalDate to) {
  public static final Selection ALL = new Selection(null, null, null);

  public Selection {
    if (topic != null && topic.isBlank()) {
      topic = null;
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** The topic's parts as written, in order ("North Korea", "Russia"). */
  public List<String> topicParts() {
    List<String> parts = new ArrayList<>();
    if (topic == null) {
      return parts;
    }
    // en dash, em dash and hyphen with spaces join the pair; a bare hyphen stays inside names
    // such as "Kim Jong-un"
    for (String p : topic.split("\\s*[–—/,&]\\s*|\\s+-\\s+|\\s+(?i:and)\\s+|(?<=\\p{IsHangul})-(?=\\p{IsHangul})")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts;
  }

  static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
