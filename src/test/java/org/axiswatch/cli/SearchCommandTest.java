package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.search.SearchDocument;
import org.axiswatch.search.SearchIndex;
import org.axiswatch.search.TextUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
  @TempDir Path data;

  @BeforeEach
  void index() throws IOException {
    String s = "러시아는 북한에 포탄을 공급하는 대가로 위성 기술을 넘긴 것으로 알려졌다.";
    try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
      index.put(new SearchDocument("d1", "북러 거래 동향", Language.KO, PartialDate.parse("2024-02"),
          List.of(new TextUnit(0, new Span(20, 20 + s.length()), s)), Set.of("RUS", "PRK"),
          Set.of(EntityType.GPE), Set.of()));
      index.commit();
    }
  }

  String run(int expectedExit, String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(AxiswatchCommand.commandLine().execute(args)).isEqualTo(expectedExit);
    } finally {
      System.setOut(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonGivesSnippetAndHighlightOffsets() throws IOException {
    JsonNode root = new ObjectMapper().readTree(
        run(0, "search", "포탄 공급", "--entity", "RUS", "--json", "--data", data.toString()));
    JsonNode hit = root.path("hits").get(0);
    assertThat(hit.path("document").asText()).isEqualTo("d1");
    assertThat(hit.path("date").asText()).isEqualTo("2024-02");
    assertThat(hit.path("start").asInt()).isEqualTo(20);
    String text = hit.path("snippet").path("text").asText();
    JsonNode marks = hit.path("snippet").path("highlights");
    assertThat(marks).hasSize(2);
    assertThat(text.substring(marks.get(0).path("start").asInt(), marks.get(0).path("end").asInt()))
        .isEqualTo("포탄");
  }

  @Test
  void textOutputMarksWordsWithGuillemetsWhenNotATerminal() {
    String out = run(0, "search", "공급", "--data", data.toString());
    assertThat(out).contains("북러 거래 동향").contains("«공급»하는");
  }

  @Test
  void filtersThatExcludeGiveNoHits() {
    assertThat(run(0, "search", "포탄", "--entity", "CHN", "--data", data.toString()))
        .contains("no hits");
    assertThat(run(0, "search", "포탄", "--to", "2024-01-31", "--data", data.toString()))
        .contains("no hits");
  }

  @Test
  void badOptionsAreUsageErrorsAndAMissingIndexAStoreError() {
    run(ExitCodes.USAGE, "search", "포탄", "--lang", "fr", "--data", data.toString());
    run(ExitCodes.USAGE, "search", "포탄", "--from", "2024-05-01", "--to", "2024-01-01",
        "--data", data.toString());
    run(ExitCodes.STORE, "search", "포탄", "--data", data.resolve("nowhere").toString());
  }
}
