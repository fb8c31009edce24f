package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** The reporter of a news agency byline writes the story; they take no part in its events. */
class BylineReporterTest {
  @Test
  void theBylinesReporterIsNoActorOfTheFirstSentence() {
    String text = "북러 외교장관 회담\n\n송고시간2024-11-02 09:15\n\n"
        + "(서울=연합뉴스) 정다은 기자 = 북한 외무상이 1일 러시아 모스크바에서 러시아 외무장관과 "
        + "회담했다고 조선중앙통신이 2일 보도했다.\n";
    AnalyzedDocument doc = Analyzer.standard().analyze(new SourceDocument("a".repeat(64), "news.txt",
        "text/plain", "UTF-8", text, text.length()));
    assertThat(doc.get(Event.KEY)).isNotEmpty()
        .allSatisfy(e -> assertThat(e.actors()).noneMatch(a -> a.contains("정다은")));
    assertThat(doc.get(Event.KEY)).anySatisfy(e -> assertThat(e.actors()).contains("PRK", "RUS"));
  }
}
