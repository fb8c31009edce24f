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
 * edges as the gazetteer; a two-word Latin person name also in the other order, and by its
 * family name alone ("Park said", "Lindqvist added") when no other name of the document has it.
 */
final class ContextRecall {
  private ContextRecall() {}

  static List<Found> extend(String text, List<int[]> chunks, List<Found> all, Particles particles,
      Set<String> latinSurnames) {
    NameIndex index = new NameIndex();
    Set<String> ids = new HashSet<>();
    Map<String, Set<String>> byFamilyName = new java.util.HashMap<>();
    for (Found f : all) {
      if (f.type() == EntityType.PERSON && f.entityId() != null) {
        String family = familyName(text.substring(f.start(), f.end()), latinSurnames);
        if (family != null) {
          byFamilyName.computeIfAbsent(family, k -> new HashSet<>()).add(f.entityId());
        }
      }
    }
    for (Found f : all) {
      if (f.origin().equals("context") && f.entityId() != null && ids.add(f.entityId())) {
        String form = text.substring(f.start(), f.end());
        GazetteerEntry entry = new GazetteerEntry(f.entityId(), f.type(), form, List.of(), List.of(),
            null, null, "context", null);
        index.add(form, entry);
        String swapped = f.type() == EntityType.PERSON ? swapped(form) : null;
        if (swapped != null) {
          index.add(swapped, entry);
        }
        String family = f.type() == EntityType.PERSON ? familyName(form, latinSurnames) : null;
        if (family != null && byFamilyName.get(family).size() == 1) {
          index.add(family, entry);
        }
      }
    }
    if (ids.isEmpty()) {
      return all;
    }
    // the found names come in text order, chunk after chunk: a sorted array answers "the name
    // starting last before here" for them; only the few names added here go into a tree
    int[] starts = new int[all.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = all.get(k).start();
    }
    TreeMap<Integer, Found> added = new TreeMap<>();
    GazetteerMatcher matcher = new GazetteerMatcher(index, particles);
    List<Found> out = new ArrayList<>(all);
    for (int[] c : chunks) {
      List<Found> again = new ArrayList<>();
      matcher.scan(text, c[0], c[1], again);
      for (Found g : again) {
        Found before = lastStartingBy(all, starts, added, g.end() - 1);
        if (before == null || before.end() <= g.start()) {
          Found f = new Found(g.type(), g.start(), g.end(), g.entityId(), null, "context", null);
          added.put(f.start(), f);
          out.add(f);
        }
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  /**
   * A two-word Latin name in the other order: East Asian names are written family name first
   * or last (Iwaya Takeshi, Takeshi Iwaya); null for any other form.
   */
  static String swapped(String form) {
    int space = form.indexOf(' ');
    if (space <= 0 || form.indexOf(' ', space + 1) >= 0 || !NameIndex.isLatin(form.charAt(0))
        || form.endsWith(".")) {
      return null;
    }
    return form.substring(space + 1) + " " + form.substring(0, space);
  }

  /**
   * The family name of a Latin person name of two or three words: the first word when it is a
   * romanized Korean family name (Park Tae-won, Kim Jong Un), else the last (Hannah Lindqvist);
   * null for any other form or a family name of fewer than three letters (Oh, Ha, Ko read too
   * often as other words).
   */
  static String familyName(String form, Set<String> latinSurnames) {
    String[] words = form.split(" ");
    if (words.length < 2 || words.length > 3 || !NameIndex.isLatin(form.charAt(0))) {
      return null;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.endsWith(".")) {
        return null;
      }
    }
    String first = words[0];
    String family = latinSurnames.contains(first.toLowerCase(java.util.Locale.ROOT))
        ? first : words[words.length - 1];
    for (int i = 0; i < family.length(); i++) {
      if (!Character.isLetter(family.charAt(i))) {
        return null;
      }
    }
    return family.length() >= 3 ? family : null;
  }

  /** The name starting last at or before {@code at}: of equal starts the last given, as a map keeps. */
  private static Found lastStartingBy(List<Found> all, int[] starts, TreeMap<Integer, Found> added,
      int at) {
    int lo = 0;
    int hi = starts.length; // first index starting after at
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Found known = lo > 0 ? all.get(lo - 1) : null;
    Map.Entry<Integer, Found> more = added.floorEntry(at);
    if (more == null) {
      return known;
    }
    return known == null || more.getKey() >= known.start() ? more.getValue() : known;
  }
}
