package org.axiswatch.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.search.bench.IngestBench;
import org.axiswatch.search.corpus.CorpusGenerator;
import org.axiswatch.search.corpus.CorpusVocabulary;
import org.axiswatch.search.corpus.CorpusWriter;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * axiswatch bench store: the H2 store alone, on documents analysed before the clock starts —
 * committed in groups (as ingest does) next to committed one by one, in the same run.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Store throughput of analysed documents in a fresh embedded H2 store: commit "
        + "groups (as ingest stores) next to one commit per document, in writer-thread CPU time.")
public final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--docs", defaultValue = "1000", description = "documents (default ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--rounds", defaultValue = "3", description = "rounds, the last is reported (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Override
  public Integer call() throws Exception {
    Path work = Files.createTempDirectory("axiswatch-bench-store");
    try {
      Path corpus = work.resolve("corpus");
      new CorpusWriter().write(
          new CorpusGenerator(CorpusVocabulary.load(), seed).documents(docs).iterator(), corpus);
      List<Path> files = IngestBench.corpusFiles(corpus);
      Analyzer analyzer = Analyzer.standard();
      List<AnalyzedDocument> analysed = new ArrayList<>();
      for (Path f : files) {
        analysed.add(analyzer.analyze(f));
      }
      double grouped = 0;
      double single = 0;
      for (int round = 1; round <= rounds; round++) {
        single = msPerDocument(work.resolve("single-" + round), files, analysed, false);
        grouped = msPerDocument(work.resolve("grouped-" + round), files, analysed, true);
        System.out.printf("round %d: one commit per document %.2f ms CPU/doc, commit groups"
            + " %.2f ms CPU/doc%n", round, single, grouped);
      }
      System.out.printf("documents       %,d (analysed before timing)%n", files.size());
      System.out.printf("one by one      %.2f ms of writer-thread CPU a document (baseline)%n", single);
      System.out.printf("commit groups   %.2f ms a document%n", grouped);
      System.out.printf("ratio           %.2f (baseline / groups; above 1 is faster)%n",
          single / grouped);
      return ExitCodes.OK;
    } finally {
      BenchFiles.delete(work);
    }
  }

  private static double msPerDocument(Path dir, List<Path> files, List<AnalyzedDocument> docs,
      boolean grouped) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Database db = Database.openEmbedded(dir)) {
      Ingester in = new Ingester(db, null, new DocumentWriter(CrossDocumentResolver.standard()));
      long cpu0 = threads.getCurrentThreadCpuTime();
      List<Ingester.Outcome> outcomes = new ArrayList<>();
      if (grouped) {
        outcomes.addAll(in.storeAll(files, docs));
      } else {
        for (int i = 0; i < files.size(); i++) {
          outcomes.add(in.store(files.get(i), docs.get(i)));
        }
      }
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      for (Ingester.Outcome o : outcomes) {
        if (o.status() == Ingester.Status.FAILED) {
          throw new IllegalStateException(o.problem());
        }
      }
      return cpu / 1e6 / files.size();
    }
  }
}
