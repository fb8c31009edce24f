package org.axiswatch.sanctions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axiswatch.resolve.NameIndex;
import org.axiswatch.resolve.NameMatcher;
import org.axiswatch.resolve.OrgIndex;

/**
 * Screens subjects against designation lists: people's names through the {@link NameIndex} (every
 * Korean personal-name spelling rule of {@code resolve}), organisations' through the
 * {@link OrgIndex} (acronyms, words, whole-name keys; never the personal-name rules), then the
 * attributes both sides have.
 */
public final class Screener {
  private final NameIndex<ListedEntry> individuals = new NameIndex<>();
  private final OrgIndex<ListedEntry> entities = new OrgIndex<>();
  /**
   * The lists do not change once read, so a name's matches are kept: the same states, units and
   * leaders are screened in document after document. Bounded, so a long ingest's heap stays flat.
   */
  private final Map<String, List<NameIndex.Found<ListedEntry>>> peopleFound = new ConcurrentHashMap<>();
  private final Map<String, List<NameIndex.Found<ListedEntry>>> entitiesFound = new ConcurrentHashMap<>();
  private static final int MAX_REMEMBERED = 20_000;

  public Screener(List<ListedEntry> entries) {
    for (ListedEntry e : entries) {
      if (e.kind() == ListedEntry.Kind.INDIVIDUAL) {
        individuals.add(e, e.names().stream().map(NameNoise::clean).toList());
      } else {
        entities.add(e, e.names());
      }
    }
  }

  public int size() {
    return individuals.size() + entities.size();
  }

  /** Every entry whose name matches one of the subject's names, best first, with attributes weighed. */
  public List<ScreeningResult> screen(ScreeningSubject s) {
    boolean person = s.kind() == ListedEntry.Kind.INDIVIDUAL;
    Map<ListedEntry, ScreeningResult> best = new LinkedHashMap<>();
    for (String name : s.names()) {
      List<NameIndex.Found<ListedEntry>> found = person
          ? remembered(peopleFound, NameNoise.clean(name), individuals::search)
          : remembered(entitiesFound, name, entities::search);
      for (NameIndex.Found<ListedEntry> f : found) {
        AttributeCheck.Outcome o = AttributeCheck.compare(s, f.item(), f.name());
        double score = Math.max(0, Math.min(1, f.match().score() + o.delta()));
        String why = "name " + name + " ~ listed " + f.name() + ": " + f.match().why()
            + "; attributes: " + o.why();
        ScreeningResult r = new ScreeningResult(f.item(), name, f.name(), f.match(),
            Math.round(score * 1000) / 1000.0, score >= NameMatcher.THRESHOLD, why);
        best.merge(f.item(), r, (a, b) -> b.score() > a.score() ? b : a);
      }
    }
    List<ScreeningResult> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingDouble(ScreeningResult::score).reversed());
    return out;
  }

  private static List<NameIndex.Found<ListedEntry>> remembered(
      Map<String, List<NameIndex.Found<ListedEntry>>> memory, String name,
      Function<String, List<NameIndex.Found<ListedEntry>>> search) {
    List<NameIndex.Found<ListedEntry>> found = memory.get(name);
    if (found == null) {
      found = List.copyOf(search.apply(name));
      if (memory.size() < MAX_REMEMBERED) {
        memory.put(name, found);
      }
    }
    return found;
  }
}
