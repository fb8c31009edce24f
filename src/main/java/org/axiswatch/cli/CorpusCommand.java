package org.axiswatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.axiswatch.search.corpus.CorpusGenerator;
import org.axiswatch.search.corpus.CorpusVocabulary;
import org.axiswatch.search.corpus.CorpusWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** axiswatch corpus generate: a synthetic corpus for benchmarks. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Synthetic corpora for benchmarks.", subcommands = CorpusCommand.Generate.class)
public final class CorpusCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** axiswatch corpus generate --docs N --seed S --out DIR. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Write seeded synthetic Korean and English field documents (fiction: for "
          + "benchmarks only) and a manifest.jsonl; the same seed gives the same files.")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "1000", description = "how many (default ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--seed", defaultValue = "42", description = "default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write")
    Path out;

    @Override
    public Integer call() {
      if (docs < 1) {
        System.err.println("axiswatch: --docs must be at least 1");
        return ExitCodes.USAGE;
      }
      long t0 = System.nanoTime();
      try {
        long bytes = new CorpusWriter().write(
            new CorpusGenerator(CorpusVocabulary.load(), seed).documents(docs).iterator(), out);
        System.out.printf("%d documents, %.1f MB in %s (%.1f s)%n", docs, bytes / 1e6, out,
            (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
      } catch (IOException e) {
        System.err.println("axiswatch: " + out + ": cannot write: " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
  }
}
