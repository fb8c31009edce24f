package org.axiswatch.resolve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the organisations whose names can match a query, through {@link OrgMatcher}. Each reading
 * is filed under its words, the phonetic keys of its romanized Korean words, its acronym or
 * initials and its whole-name key: every match the matcher accepts shares one of these, so no
 * match is lost. It also counts in how many organisations each word occurs: a distinctive word
 * found in many (more than {@link #COMMON_SHARE} of them, and in more than three) counts as a
 * common word, so rare words weigh more.
 *
 * @param <T> what a name belongs to (a listed entity, a known organisation)
 */
public final class OrgIndex<T> {
  static final double COMMON_SHARE = 0.02;
  private final List<T> items = new ArrayList<>();
  private final List<List<List<OrgName>>> readings = new ArrayList<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final Map<String, Integer> frequency = new HashMap<>();
  private final OrgMatcher matcher = new OrgMatcher();

  /** Adds an item under all its names. */
  public void add(T item, List<String> names) {
    int id = items.size();
    items.add(item);
    List<List<OrgName>> rs = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    Set<String> words = new HashSet<>();
    for (String n : names) {
      List<OrgName> r = OrgName.of(n);
      if (!r.isEmpty()) {
        rs.add(r);
      }
      for (OrgName o : r) {
        keys.addAll(blockingKeys(o));
        o.words().forEach(w -> words.add(w.text()));
      }
    }
    readings.add(rs);
    keys.forEach(k -> postings.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
    words.forEach(w -> frequency.merge(w, 1, Integer::sum));
  }

  public int size() {
    return items.size();
  }

  /** True for a word found in so many of the indexed organisations that it tells little. */
  public boolean common(String word) {
    int n = frequency.getOrDefault(word, 0);
    return n > 3 && n > COMMON_SHARE * items.size();
  }

  /** Items whose best name matches the query, scored. */
  public List<NameIndex.Found<T>> search(String query) {
    List<OrgName> q = OrgName.of(query);
    BitSet seen = new BitSet(items.size());
    for (OrgName r : q) {
      for (String k : blockingKeys(r)) {
        postings.getOrDefault(k, List.of()).forEach(seen::set);
      }
    }
    List<NameIndex.Found<T>> out = new ArrayList<>();
    for (int id = seen.nextSetBit(0); id >= 0; id = seen.nextSetBit(id + 1)) {
      NameMatch best = null;
      String bestName = null;
      for (List<OrgName> name : readings.get(id)) {
        NameMatch m = matcher.match(q, name, this::common);
        if (best == null || m.score() > best.score()) {
          best = m;
          bestName = name.get(0).name();
        }
      }
      if (best != null && best.match()) {
        out.add(new NameIndex.Found<>(items.get(id), best, bestName));
      }
    }
    return out;
  }

  static Set<String> blockingKeys(OrgName o) {
    Set<String> keys = new HashSet<>();
    if (o.acronym() != null) {
      keys.add("a:" + o.acronym().toUpperCase(Locale.ROOT));
    }
    o.initials().forEach(i -> keys.add("a:" + i));
    if (o.words().size() == 1) {
      keys.add("a:" + o.words().get(0).text().toUpperCase(Locale.ROOT));
    }
    if (o.wholeKey() != null) {
      keys.add("h:" + o.wholeKey());
    }
    for (OrgName.Word w : o.words()) {
      keys.add("w:" + w.text());
      if (w.key() != null) {
        keys.add("k:" + w.key());
      }
    }
    return keys;
  }
}
