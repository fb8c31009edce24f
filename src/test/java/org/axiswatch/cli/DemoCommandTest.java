package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void theDemoStoresTheSampleOnceAndPrintsItFromTheStore() {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      String data = dir.resolve("data").toString();
      assertThat(AxiswatchCommand.commandLine().execute("demo", "--data", data)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains(DemoCommand.SAMPLE, "stored in the knowledge base", "1 document(s)");
      out.reset();
      assertThat(AxiswatchCommand.commandLine().execute("demo", "--data", data)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("was already", "1 document(s)");
    } finally {
      System.setOut(old);
    }
  }
}
