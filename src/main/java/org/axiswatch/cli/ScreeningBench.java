package org.axiswatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.axiswatch.resolve.NameIndex;
import org.axiswatch.resolve.NameReading;
import org.axiswatch.resolve.SyntheticNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * axiswatch bench screening: screening throughput with the blocking index against naive all-pairs
 * scoring, in the same run, on a seeded generated list; and whether both find the same matches.
 */
@Command(name = "screening", mixinStandardHelpOptions = true,
    description = "Screen generated query names against a generated list, indexed vs all-pairs.")
public final class ScreeningBench implements Callable<Integer> {
  @Option(names = "--entries", defaultValue = "100000", description = "list size (${DEFAULT-VALUE})")
  int entries;

  @Option(names = "--queries", defaultValue = "10000", description = "queries (${DEFAULT-VALUE})")
  int queries;

  @Option(names = "--naive-sample", defaultValue = "200",
      description = "queries scored all-pairs; the rest extrapolated (${DEFAULT-VALUE})")
  int sample;

  @Option(names = "--seed", defaultValue = "20240926", description = "generator seed")
  long seed;

  @Override
  public Integer call() {
    SyntheticNames gen = new SyntheticNames(seed);
    List<SyntheticNames.Person> people = new ArrayList<>();
    NameIndex<Integer> index = new NameIndex<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < entries; i++) {
      SyntheticNames.Person p = gen.next();
      people.add(p);
      List<String> names = new ArrayList<>(List.of(p.render(0, false)));
      if (p.forms().length > 1 && gen.nextInt(3) == 0) {
        names.add(p.render(2, false));
      }
      index.add(i, names);
    }
    long buildNanos = System.nanoTime() - t0;
    List<String> qs = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      SyntheticNames.Person p = i % 2 == 0 ? people.get(gen.nextInt(entries)) : gen.next();
      qs.add(p.render(gen.nextInt(p.forms().length), gen.nextInt(4) == 0));
    }
    long t1 = System.nanoTime();
    List<Set<Integer>> indexed = new ArrayList<>();
    long hits = 0;
    for (String q : qs) {
      Set<Integer> ids = new TreeSet<>();
      index.search(q).forEach(f -> ids.add(f.item()));
      hits += ids.isEmpty() ? 0 : 1;
      indexed.add(ids);
    }
    long indexedNanos = System.nanoTime() - t1;
    int n = Math.min(sample, queries);
    int agree = 0;
    long t2 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      List<NameReading> q = NameReading.of(qs.get(i));
      Set<Integer> ids = new TreeSet<>();
      for (int id = 0; id < index.size(); id++) {
        NameIndex.Found<Integer> f = index.best(q, id);
        if (f != null) {
          ids.add(id);
        }
      }
      agree += ids.equals(indexed.get(i)) ? 1 : 0;
    }
    long naiveNanos = System.nanoTime() - t2;
    double indexedPerQuery = indexedNanos / (double) queries;
    double naivePerQuery = naiveNanos / (double) n;
    System.out.printf("list: %,d generated entries (seed %d), index built in %.1f s%n", entries,
        seed, buildNanos / 1e9);
    System.out.printf("queries: %,d (half renderings of listed names in another spelling, script"
        + " or order; half new names); %,d with at least one match%n", queries, hits);
    System.out.printf("indexed:   %,.0f queries/s (%.3f ms/query, all %,d queries)%n",
        1e9 / indexedPerQuery, indexedPerQuery / 1e6, queries);
    System.out.printf("all-pairs: %,.1f queries/s (%.1f ms/query, measured on %d queries,"
        + " extrapolated to %,d: %.0f s)%n", 1e9 / naivePerQuery, naivePerQuery / 1e6, n, queries,
        naivePerQuery * queries / 1e9);
    System.out.printf("ratio: indexed is %.0fx faster than all-pairs%n", naivePerQuery / indexedPerQuery);
    System.out.printf("agreement: %d of %d sampled queries have identical match sets%n", agree, n);
    return agree == n ? ExitCodes.OK : ExitCodes.PARTIAL;
  }
}
