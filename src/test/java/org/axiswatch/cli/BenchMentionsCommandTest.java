package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchMentionsCommandTest {
  @Test
  void printsBothThroughputsAndTheirRatio() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = AxiswatchCommand.commandLine().execute("bench", "mentions", "--size", "4000", "--rounds", "1");
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(out).contains("mention stage", "nori tokenizer").containsPattern("ratio\\s+\\d+\\.\\d\\d");
  }
}
