package org.axiswatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.axiswatch.mentions.MentionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** axiswatch bench mentions [--size N] [--file F]: mention stage vs raw Nori tokenization. */
@Command(name = "mentions", mixinStandardHelpOptions = true,
    description = "Mention stage throughput (chars/s) next to raw Nori tokenization of the same text.")
public final class BenchMentionsCommand implements Callable<Integer> {
  @Option(names = "--size", description = "characters of sample text (default ${DEFAULT-VALUE})")
  int size = 200_000;

  @Option(names = "--file", description = "measure this UTF-8 text file instead of the sample")
  Path file;

  @Option(names = "--rounds", description = "timed rounds, best kept (default ${DEFAULT-VALUE})")
  int rounds = 7;

  @Override
  public Integer call() {
    String text;
    try {
      text = file == null ? MentionBenchmark.sample(size) : Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("axiswatch: " + file + ": cannot read: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    MentionBenchmark.Result r = new MentionBenchmark().run(text, Math.max(1, rounds));
    System.out.printf("text            %,d chars%n", r.characters());
    System.out.printf("mention stage   %,.0f chars/s%n", r.stageCharsPerSecond());
    System.out.printf("nori tokenizer  %,.0f chars/s%n", r.noriCharsPerSecond());
    System.out.printf("ratio           %.2f (median of per-round stage/nori; target >= 0.50)%n", r.ratio());
    return ExitCodes.OK;
  }
}
