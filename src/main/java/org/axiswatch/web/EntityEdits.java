package org.axiswatch.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The analyst's merges and splits for the in-memory workbench: which id an entity id now stands
 * under, and which names of an entity were split off to a new one. The store keeps its own; this
 * is the same bookkeeping without a database.
 */
final class EntityEdits {
  private final Map<String, String> mergedInto = new LinkedHashMap<>();
  /** entity id → (name → id of the entity split off with that name). */
  private final Map<String, Map<String, String>> splits = new LinkedHashMap<>();

  synchronized void merge(String kept, String absorbed) {
    String k = canonical(kept);
    String a = canonical(absorbed);
    if (!k.equals(a)) {
      mergedInto.put(a, k);
    }
  }

  /** Splits the names off {@code id} to a new entity; returns the new id. */
  synchronized String split(String id, List<String> names) {
    String from = canonical(id);
    // the store's scheme for a split-off entity: the old id, a slash, the first form
    String newId = from + "/" + slug(names.get(0));
    Map<String, String> byName = splits.computeIfAbsent(from, x -> new LinkedHashMap<>());
    for (String n : names) {
      byName.put(n, newId);
    }
    return newId;
  }

  /** The id an entity id stands under after merges. */
  synchronized String canonical(String id) {
    if (id == null) {
      return null;
    }
    String at = id;
    Set<String> seen = new LinkedHashSet<>();
    while (mergedInto.containsKey(at) && seen.add(at)) {
      at = mergedInto.get(at);
    }
    return at;
  }

  /** The id a mention of {@code id} written as {@code text} stands under after merges and splits. */
  synchronized String resolve(String id, String text) {
    String c = canonical(id);
    Map<String, String> byName = c == null ? null : splits.get(c);
    return byName != null && byName.containsKey(text) ? byName.get(text) : c;
  }

  synchronized List<String> absorbedInto(String id) {
    List<String> out = new ArrayList<>();
    mergedInto.forEach((from, to) -> {
      if (canonical(to).equals(id)) {
        out.add(from);
      }
    });
    return out;
  }

  /** Names split off {@code id}, by the new id. */
  synchronized Map<String, List<String>> splitNames(String id) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    splits.getOrDefault(id, Map.of()).forEach(
        (name, to) -> out.computeIfAbsent(to, x -> new ArrayList<>()).add(name));
    return out;
  }

  /** The entity a split-off id came from, or null. */
  synchronized String splitSource(String newId) {
    for (Map.Entry<String, Map<String, String>> e : splits.entrySet()) {
      if (e.getValue().containsValue(newId)) {
        return e.getKey();
      }
    }
    return null;
  }

  private static String slug(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", "-");
  }
}
