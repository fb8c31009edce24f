package org.axiswatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * axiswatch bench …: benchmarks that print figures, each as a ratio to a baseline measured in the
 * same run (speed targets live here, never in timed unit tests).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run a benchmark and print its figures next to a baseline measured in the same run.",
    subcommands = {BenchReadCommand.class, ScreeningBench.class, BenchMentionsCommand.class,
        IngestBenchCommand.class, BenchStoreCommand.class, SearchBenchCommand.class,
        WebBenchCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
