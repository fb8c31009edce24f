package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
  @TempDir Path dir;

  @Test
  void pairsFilePrintsOneJsonObjectPerLineInOrder() throws Exception {
    Path tsv = dir.resolve("pairs.tsv");
    Files.writeString(tsv, "Kim Jong Un\tKim Jong Il\n리병철\tLee Byong-chol\n\nKim Il Sung\tKim Il Song\n",
        StandardCharsets.UTF_8);
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int rc;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      rc = AxiswatchCommand.commandLine().execute("match", "--pairs", tsv.toString(), "--json");
    } finally {
      System.setOut(old);
    }
    assertThat(rc).isZero();
    List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper m = new ObjectMapper();
    List<Boolean> matches = lines.stream().map(l -> {
      try {
        JsonNode n = m.readTree(l);
        assertThat(n.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(n.get("why").asText()).isNotBlank();
        return n.get("match").asBoolean();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }).toList();
    assertThat(matches).containsExactly(false, true, true);
  }

  @Test
  void malformedPairsLineIsBadInput() throws Exception {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "only one name\n", StandardCharsets.UTF_8);
    assertThat(AxiswatchCommand.commandLine().execute("match", "--pairs", tsv.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
  }
}
