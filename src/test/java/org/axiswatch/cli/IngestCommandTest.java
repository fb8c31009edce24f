package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.axiswatch.store.Database;
import org.axiswatch.store.IngestLock;
import org.axiswatch.store.KnowledgeBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path dir;
  Path data;
  Path docs;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void setUp() throws Exception {
    data = dir.resolve("data");
    docs = Files.createDirectories(dir.resolve("docs/sub"));
    Files.writeString(docs.resolve("a.txt"), "북한 외무성은 3일 담화를 발표했다.");
    Files.writeString(docs.resolve("b.md"), "# Talks\nRussia and North Korea held talks in Moscow.");
    Files.writeString(docs.resolve("notes.csv"), "not,a,document");
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void tearDown() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private int run(String... args) {
    return AxiswatchCommand.commandLine().execute(args);
  }

  private Map<String, Long> counts() throws Exception {
    try (Database db = Database.openEmbedded(data)) {
      return new KnowledgeBase(db).rowCounts();
    }
  }

  @Test
  void aDirectoryGoesInOnceAndASecondIngestChangesNothing() throws Exception {
    assertThat(run("ingest", dir.resolve("docs").toString(), "--data", data.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 file(s): 2 stored");
    Map<String, Long> once = counts();
    assertThat(once.get("document")).isEqualTo(2);
    assertThat(run("ingest", dir.resolve("docs").toString(), "--data", data.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 file(s): 0 stored, 2 already stored");
    assertThat(counts()).isEqualTo(once);
    assertThat(run("documents", "--data", data.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 document(s)");
  }

  @Test
  void someFailedGivesFourAllFailedGivesOne() throws Exception {
    String missing = dir.resolve("docs/missing.txt").toString();
    assertThat(run("ingest", docs.resolve("a.txt").toString(), missing, "--data", data.toString()))
        .isEqualTo(ExitCodes.PARTIAL);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped: " + missing);
    assertThat(counts().get("document")).isEqualTo(1);
    assertThat(run("ingest", missing, "--data", data.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(counts().get("document")).isEqualTo(1);
  }

  @Test
  void aSecondIngestIsRefusedWhileOneIsWriting() throws Exception {
    try (IngestLock held = IngestLock.acquire(data)) {
      assertThat(run("ingest", docs.toString(), "--data", data.toString())).isEqualTo(ExitCodes.STORE);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("another ingest is writing to");
    assertThat(counts().get("document")).isZero();
  }

  @Test
  void jsonSummaryListsEveryFile() {
    assertThat(run("ingest", docs.toString(), "--data", data.toString(), "--json")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"STORED\"", "\"stored\" : 2");
  }
}
