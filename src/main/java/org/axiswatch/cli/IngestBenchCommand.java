package org.axiswatch.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.Analyzer;
import org.axiswatch.search.bench.StoreAndIndex;
import org.axiswatch.search.bench.HeapWatch;
import org.axiswatch.search.bench.IngestBench;
import org.axiswatch.search.corpus.CorpusGenerator;
import org.axiswatch.search.corpus.CorpusVocabulary;
import org.axiswatch.search.corpus.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** axiswatch bench ingest: ingest throughput next to raw Nori tokenization of the same files. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest throughput (documents/s, MB/s) of the full path next to raw Nori "
        + "tokenization of the same corpus, and peak heap. Run with AXISWATCH_JAVA_OPTS=-Xmx1g "
        + "to prove the heap target.")
public final class IngestBenchCommand implements Callable<Integer> {
  @Option(names = "--docs", defaultValue = "2000", description = "corpus size when generating (default ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Option(names = "--workers", paramLabel = "N",
      description = "analysis threads of the full path (default: the machine's ${DEFAULT-VALUE} cores)")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "an existing corpus (axiswatch corpus generate); default: generate one")
  Path corpus;

  @Override
  public Integer call() throws Exception {
    Path work = Files.createTempDirectory("axiswatch-bench-ingest");
    try {
      Path dir = corpus;
      if (dir == null) {
        dir = work.resolve("corpus");
        new CorpusWriter().write(
            new CorpusGenerator(CorpusVocabulary.load(), seed).documents(docs).iterator(), dir);
      }
      List<Analyzer> analyzers = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        analyzers.add(Analyzer.standard());
      }
      var config = new IngestBench.Config(IngestBench.corpusFiles(dir),
          at -> new StoreAndIndex(analyzers, at), work);
      var f = new IngestBench().run(config, System.out);
      System.out.printf("corpus: %d documents, %.1f MB%n", f.docs(), f.bytes() / 1e6);
      System.out.printf("full path [%s]: %.1f docs/s, %.2f MB/s%n", f.path(),
          f.fullDocsPerSecond(), f.fullMegabytesPerSecond());
      System.out.printf("baseline, raw Nori tokenization: %.1f docs/s, %.2f MB/s%n",
          f.rawDocsPerSecond(), f.rawMegabytesPerSecond());
      StringBuilder stages = new StringBuilder();
      f.stageSeconds().forEach((stage, sec) -> stages.append(String.format(" %s %.1f s,", stage, sec)));
      double analysis = f.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
      StringBuilder parts = new StringBuilder();
      f.partSeconds().forEach((part, sec) -> parts.append(String.format(" %s %.1f s,", part, sec)));
      System.out.printf("  in its %.1f s wall clock: analysis threads%s sum %.1f s of thread time;"
          + " writer thread CPU%s the rest waits for analysis%n", f.fullSeconds(), stages, analysis,
          parts);
      System.out.printf("ratio full/raw: %.2f wall clock (target >= 0.5: %s); %.2f in process CPU"
          + " time (raw %.1f s, full %.1f s; load average %.1f on %d cores)%n", f.ratio(),
          f.ratio() >= 0.5 ? "met" : "MISSED", f.cpuRatio(), f.rawCpuSeconds(),
          f.fullCpuSeconds(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      System.out.printf("peak heap %.0f MB (target <= 1 GB: %s; max heap %.0f MB)%n",
          f.peakHeap() / 1e6, f.peakHeap() <= 1L << 30 ? "met" : "MISSED",
          HeapWatch.maxBytes() / 1e6);
      return ExitCodes.OK;
    } finally {
      BenchFiles.delete(work);
    }
  }
}
