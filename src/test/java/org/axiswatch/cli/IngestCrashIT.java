package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes on one data directory: an ingest killed with SIGKILL mid-directory leaves a store
 * that opens and holds only whole documents, and the next ingest stores the rest; a second ingest
 * while one runs is refused with a clear message.
 */
class IngestCrashIT {
  static final int FILES = 60;
  @TempDir Path dir;

  private Path corpus() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    String para = "러시아는 북한에 위성 기술을 제공할 가능성이 있다고 국가정보원이 밝혔다. "
        + "Seoul's spy agency said Russia may give North Korea satellite technology. ";
    for (int i = 0; i < FILES; i++) {
      Files.writeString(docs.resolve(String.format("%03d.txt", i)),
          "Report " + i + "\n" + para.repeat(40));
    }
    return docs;
  }

  private Process ingest(Path docs, Path data) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "org.axiswatch.cli.AxiswatchCommand", "ingest", docs.toString(), "--data", data.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Reads the plain progress lines (stderr is no terminal) until file {@code n} starts. */
  private static void waitForFile(Process p, int n) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("ingest " + n + "/")) {
        return;
      }
    }
    throw new AssertionError("ingest ended before file " + n + " (exit " + p.waitFor() + ")");
  }

  private static Map<String, Long> counts(Path data) throws Exception {
    try (Database db = Database.openEmbedded(data)) {
      return new KnowledgeBase(db).rowCounts();
    }
  }

  @Test
  void killedMidDirectoryLeavesAConsistentStoreAndTheNextIngestFinishes() throws Exception {
    Path docs = corpus();
    Path data = dir.resolve("data");
    Process first = ingest(docs, data);
    // documents are committed in groups of at most 10 in file order; by the time file 25 is
    // analysed, two groups at least are committed
    waitForFile(first, 25);
    // land the kill anywhere inside the next documents' analysis or commit group
    Thread.sleep(new java.util.Random().nextInt(40));
    first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

    long stored = counts(data).get("document");
    System.out.println("IngestCrashIT: killed with " + stored + " of " + FILES + " documents stored");
    assertThat(stored).isBetween(10L, (long) FILES - 1);
    try (Database db = Database.openEmbedded(data)) {
      KnowledgeBase kb = new KnowledgeBase(db);
      // what was committed is the first files, whole groups of them, nothing of a later one
      java.util.Set<String> firstFiles = new java.util.HashSet<>();
      for (int i = 0; i < stored; i++) {
        firstFiles.add(org.axiswatch.store.SampleDocumentsAccess.sha256(
            Files.readString(docs.resolve(String.format("%03d.txt", i)))));
      }
      assertThat(kb.documentIds()).containsExactlyInAnyOrderElementsOf(firstFiles);
      for (String id : kb.documentIds()) {
        // every stored document is whole: its text hashes to its id
        String text = kb.load(id).orElseThrow().analysis()
            .get(org.axiswatch.read.SourceDocument.KEY).original();
        assertThat(org.axiswatch.store.SampleDocumentsAccess.sha256(text)).isEqualTo(id);
      }
    }

    Process second = ingest(docs, data);
    assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isZero();
    assertThat(counts(data).get("document")).isEqualTo(FILES);
  }

  @Test
  void aSecondProcessIsRefusedWhileTheFirstWrites() throws Exception {
    Path docs = corpus();
    Path data = dir.resolve("data");
    Process first = ingest(docs, data);
    try {
      waitForFile(first, 5);
      Process second = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), "org.axiswatch.cli.AxiswatchCommand", "ingest",
          docs.toString(), "--data", data.toString())).redirectErrorStream(true).start();
      String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(second.waitFor()).isEqualTo(ExitCodes.STORE);
      assertThat(said).contains("another ingest is writing to");
    } finally {
      first.destroyForcibly();
      first.waitFor();
    }
  }
}
