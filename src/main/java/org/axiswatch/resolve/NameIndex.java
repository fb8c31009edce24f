package org.axiswatch.resolve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names that can match a query without scoring every pair. Each reading is filed under
 * its surname key joined with its given key and with every one-symbol deletion of the given key
 * (symmetric deletion): two given keys within one edit always share one such entry, and the matcher
 * never accepts more than one edit, so the index loses no match that all-pairs scoring would find.
 *
 * @param <T> what a name belongs to (a listed person, an entity)
 */
public final class NameIndex<T> {
  private final List<T> items = new ArrayList<>();
  private final List<List<List<NameReading>>> readings = new ArrayList<>();
  private final Map<String, int[]> postings = new HashMap<>();
  private final NameMatcher matcher = new NameMatcher();

  /** A candidate with its best name match. */
  public record Found<T>(T item, NameMatch match, String name) {}

  /** Adds an item under all its names. */
  public void add(T item, List<String> names) {
    int id = items.size();
    items.add(item);
    List<List<NameReading>> rs = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String n : names) {
      List<NameReading> r = NameReading.of(n);
      rs.add(r);
      r.forEach(x -> keys.addAll(blockingKeys(x)));
    }
    readings.add(rs);
    for (String k : keys) {
      // slot 0 holds the count; capacity doubles, so adding stays linear for common names
      int[] ids = postings.get(k);
      if (ids == null) {
        ids = new int[4];
      } else if (ids[0] + 1 == ids.length) {
        ids = java.util.Arrays.copyOf(ids, ids.length * 2);
      }
      ids[++ids[0]] = id;
      postings.put(k, ids);
    }
  }

  public int size() {
    return items.size();
  }

  public T item(int id) {
    return items.get(id);
  }

  /** Precomputed readings of item id's names, for all-pairs comparisons. */
  public List<List<NameReading>> readings(int id) {
    return readings.get(id);
  }

  /** Items whose best name matches the query, scored. */
  public List<Found<T>> search(String query) {
    List<NameReading> q = NameReading.of(query);
    BitSet seen = new BitSet(items.size());
    for (NameReading r : q) {
      for (String k : blockingKeys(r)) {
        int[] ids = postings.get(k);
        if (ids != null) {
          for (int i = 1; i <= ids[0]; i++) {
            seen.set(ids[i]);
          }
        }
      }
    }
    List<Found<T>> out = new ArrayList<>();
    for (int id = seen.nextSetBit(0); id >= 0; id = seen.nextSetBit(id + 1)) {
      Found<T> f = best(q, id);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The best-matching name of item id for the query, with its explanation, or null when no name
   * of the item reaches the match threshold. Scores first, explains only the winner.
   */
  public Found<T> best(List<NameReading> query, int id) {
    List<NameReading> bestName = null;
    double best = 0;
    for (List<NameReading> name : readings.get(id)) {
      double s = NameMatcher.score(query, name);
      if (s > best) {
        best = s;
        bestName = name;
      }
    }
    if (bestName == null || best < NameMatcher.THRESHOLD) {
      return null;
    }
    return new Found<>(items.get(id), matcher.match(query, bestName), bestName.get(0).name());
  }

  static Set<String> blockingKeys(NameReading r) {
    Set<String> keys = new HashSet<>();
    String s = r.surnameKey() + "|";
    String g = r.givenKey();
    keys.add(s + g);
    for (int i = 0; i < g.length(); i++) {
      keys.add(s + g.substring(0, i) + g.substring(i + 1));
    }
    return keys;
  }
}
