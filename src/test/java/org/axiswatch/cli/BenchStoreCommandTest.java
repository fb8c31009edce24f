package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchStoreCommandTest {
  @Test
  void storesEveryDocumentBothWaysAndPrintsTheRatio() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = AxiswatchCommand.commandLine().execute("bench", "store", "--docs", "25", "--rounds", "1");
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    // a document that fails to store makes the command fail, so exit 0 means all 25 went in twice
    assertThat(code).isZero();
    assertThat(out).contains("documents       25").containsPattern("ratio\\s+\\d+\\.\\d\\d");
  }
}
