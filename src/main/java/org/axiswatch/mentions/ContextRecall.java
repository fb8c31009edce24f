package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A name found once by its context (이윤식 … 실장) is the same name where it appears again without
 * one: a second pass matches the document's context names everywhere else, with the same word
 * edges as the gazetteer.
 */
final class ContextRecall {
  private ContextRecall() {}

  static List<Found> extend(String text, List<int[]> chunks, List<Found> all, Particles particles) {
    NameIndex index = new NameIndex();
    Set<String> ids = new HashSet<>();
    for (Found f : all) {
      if (f.origin().equals("context") && f.entityId() != null && ids.add(f.entityId())) {
        String form = text.substring(f.start(), f.end());
        index.add(form, new GazetteerEntry(f.entityId(), f.type(), form, List.of(), List.of(),
            null, null, "context", null));
      }
    }
    if (ids.isEmpty()) {
      return all;
    }
    TreeMap<Integer, Found> byStart = new TreeMap<>();
    for (Found f : all) {
      byStart.put(f.start(), f);
    }
    GazetteerMatcher matcher = new GazetteerMatcher(index, particles);
    List<Found> out = new ArrayList<>(all);
    for (int[] c : chunks) {
      List<Found> again = new ArrayList<>();
      matcher.scan(text, c[0], c[1], again);
      for (Found g : again) {
        Map.Entry<Integer, Found> before = byStart.floorEntry(g.end() - 1);
        if (before == null || before.getValue().end() <= g.start()) {
          Found f = new Found(g.type(), g.start(), g.end(), g.entityId(), null, "context", null);
          byStart.put(f.start(), f);
          out.add(f);
        }
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }
}
