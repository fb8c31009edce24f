package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's plumbing, on a tiny run: every phase served without errors (figures are not judged). */
class WebBenchTest {
  @TempDir Path dir;

  @Test
  void threePhasesOverAGeneratedCorpusWithoutErrors() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    WebBench bench = new WebBench(new WebBench.Settings(3, Duration.ofSeconds(1), 500,
        dir.resolve("corpus"), 6), new PrintStream(buf, true, StandardCharsets.UTF_8));
    List<WebBench.Figures> figures = bench.run(new MemoryWorkbench(TestServer.tableAnalyzer(), dir.resolve("up")));
    assertThat(figures).extracting(WebBench.Figures::clients).containsExactly(1, 1, 3);
    assertThat(figures).allSatisfy(f -> {
      assertThat(f.requests()).isPositive().isLessThanOrEqualTo(500);
      assertThat(f.errors()).isZero();
      assertThat(f.p99Millis()).isGreaterThanOrEqualTo(f.p50Millis());
    });
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("corpus: 6 documents").contains("p99 ms").contains("ratio: 3 clients / one client");
  }

  @Test
  void settingsAreBounded() {
    assertThatThrownBy(() -> new WebBench.Settings(0, Duration.ofSeconds(1), 1, dir, 1))
        .hasMessageContaining("clients");
    assertThatThrownBy(() -> new WebBench.Settings(10, Duration.ofHours(2), 1, dir, 1))
        .hasMessageContaining("duration");
  }
}
