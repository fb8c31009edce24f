package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief and export read the knowledge base when given no FILE. */
class BriefFromStoreTest {
  @TempDir Path dir;
  private PrintStream oldErr;
  private PrintStream oldOut;

  @BeforeEach
  void quiet() {
    oldErr = System.err;
    oldOut = System.out;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(oldErr);
    System.setOut(oldOut);
  }

  private int run(String... args) {
    return AxiswatchCommand.commandLine().execute(args);
  }

  @Test
  void readsWhatIngestStored() throws Exception {
    Path data = dir.resolve("data");
    Path a = Files.writeString(dir.resolve("a.txt"), "북러 무기 거래 동향\n\n2024. 7. 1.\n\n"
        + "- 러시아는 2024년 6월 북한에 식량을 보냈다.\n- 북한은 러시아에 포탄을 공급했다.\n",
        StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "Russia and North Korea\n\nSeoul, 2 August 2024\n\n"
        + "North Korea shipped artillery shells to Russia in July, officials said.\n",
        StandardCharsets.UTF_8);
    assertThat(run("ingest", "--data", data.toString(), a.toString(), b.toString())).isEqualTo(0);
    Path fromStore = dir.resolve("store.md");
    Path fromFiles = dir.resolve("files.md");
    assertThat(run("brief", "--data", data.toString(), "--lang", "en", "--out", fromStore.toString()))
        .isEqualTo(0);
    assertThat(run("brief", a.toString(), b.toString(), "--lang", "en", "--out", fromFiles.toString()))
        .isEqualTo(0);
    String stored = Files.readString(fromStore);
    assertThat(stored).startsWith("# ").contains("2 documents analysed");
    // the store resolves entities across documents as the analyser does within the same run
    assertThat(stored.lines().filter(l -> l.startsWith("| ")).count())
        .isEqualTo(Files.readString(fromFiles).lines().filter(l -> l.startsWith("| ")).count());
    Path csv = dir.resolve("csv");
    assertThat(run("export", "--data", data.toString(), "--format", "csv", "--out", csv.toString()))
        .isEqualTo(0);
    assertThat(Files.readAllLines(csv.resolve("entities.csv"))).hasSizeGreaterThan(2);
  }
}
