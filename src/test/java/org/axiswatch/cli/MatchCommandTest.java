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
  void acronymsAreComparedAsOrganisationNames() throws Exception {
    Path tsv = dir.resolve("orgs.tsv");
    Files.writeString(tsv, "NIS\tRIHS\n정찰총국\tChongch'al Ch'ongguk\nKim Jong Un\tKim Jong-un\n",
        StandardCharsets.UTF_8);
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertThat(AxiswatchCommand.commandLine().execute("match", "--pairs", tsv.toString(),
          "--json")).isZero();
    } finally {
      System.setOut(old);
    }
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> rows = buf.toString(StandardCharsets.UTF_8).lines().map(l -> {
      try {
        return m.readTree(l);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }).toList();
    assertThat(rows).extracting(n -> n.get("kind").asText()).containsExactly("org", "org", "person");
    assertThat(rows).extracting(n -> n.get("match").asBoolean()).containsExactly(false, true, true);
  }

  @Test
  void malformedPairsLineIsBadInput() throws Exception {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "only one name\n", StandardCharsets.UTF_8);
    assertThat(AxiswatchCommand.commandLine().execute("match", "--pairs", tsv.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
  }
}
