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

/** The commands' edges: exit codes and one-line messages; what they write is tested in outputs. */
class BriefAndExportCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream oldErr;
  private PrintStream oldOut;
  private Path doc;

  @BeforeEach
  void capture() throws Exception {
    oldErr = System.err;
    oldOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    doc = Files.writeString(dir.resolve("note.txt"),
        "북러 군사협력 동향\n\n2024. 7. 1.\n\n- 러시아는 북한에 식량을 보냈다.\n", StandardCharsets.UTF_8);
  }

  @AfterEach
  void restore() {
    System.setErr(oldErr);
    System.setOut(oldOut);
  }

  private int run(String... args) {
    return AxiswatchCommand.commandLine().execute(args);
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aMissingFileIsBadInputNamingTheFile() {
    assertThat(run("brief", dir.resolve("nope.txt").toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errText()).contains("nope.txt");
  }

  @Test
  void oneBadFileOfTwoIsPartial() throws Exception {
    Path md = dir.resolve("b.md");
    assertThat(run("brief", doc.toString(), dir.resolve("nope.txt").toString(), "--out", md.toString()))
        .isEqualTo(ExitCodes.PARTIAL);
    assertThat(Files.readString(md)).startsWith("# ");
  }

  @Test
  void aPdfNeedsAFileAndCsvADirectory() {
    assertThat(run("brief", doc.toString(), "--format", "pdf")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("export", doc.toString(), "--format", "csv")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aBadDateOrTopicIsBadInputNamingIt() {
    assertThat(run("brief", doc.toString(), "--from", "2024-13")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errText()).contains("--from 2024-13");
    assertThat(run("export", doc.toString(), "--format", "stix", "--topic", "Atlantis"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errText()).contains("Atlantis");
  }

  @Test
  void writesEveryFormat() throws Exception {
    for (String f : new String[] {"md", "html", "pdf"}) {
      Path p = dir.resolve("brief." + f);
      assertThat(run("brief", doc.toString(), "--lang", "en", "--out", p.toString())).isEqualTo(0);
      assertThat(Files.size(p)).as(f).isGreaterThan(100);
    }
    for (String f : new String[] {"stix", "ftm", "graphml"}) {
      Path p = dir.resolve("export." + f);
      assertThat(run("export", doc.toString(), "--format", f, "--out", p.toString())).isEqualTo(0);
      assertThat(Files.exists(p)).as(f).isTrue();
    }
    assertThat(run("export", doc.toString(), "--format", "csv", "--out", dir.resolve("csv").toString()))
        .isEqualTo(0);
    assertThat(dir.resolve("csv/exchanges.csv")).exists();
  }
}
