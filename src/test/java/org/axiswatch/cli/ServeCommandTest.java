package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServeCommandTest {
  @ParameterizedTest
  @CsvSource({"0.0.0.0,loopback only", "192.0.2.10,loopback only", "example.invalid,loopback only"})
  void openModeIsRefusedOffLoopback(String host, String message) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = AxiswatchCommand.commandLine().execute("serve", "--open", "--host", host, "--port", "0");
      assertThat(code).isEqualTo(ExitCodes.USAGE);
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(message).contains(host);
  }

  @ParameterizedTest
  @CsvSource({"--clients,0", "--seconds,0", "--seconds,7200"})
  void benchWebRefusesUnboundedRuns(String option, String value) {
    PrintStream saved = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      assertThat(AxiswatchCommand.commandLine().execute("bench", "web", option, value))
          .isEqualTo(ExitCodes.USAGE);
    } finally {
      System.setErr(saved);
    }
  }
}
