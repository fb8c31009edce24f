package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed brief (Kim–Putin summit, September 2023): the only test that may assert its facts. */
class SeedBriefTest {
  private static final Path SEED = org.axiswatch.SharedFiles.seed();
  private static AnalyzedDocument doc;
  private static String text;

  @BeforeAll
  static void analyse() throws Exception {
    doc = Analyzer.standard().analyze(SEED);
    text = Files.readString(SEED);
  }

  @Test
  void actorsPlacesAndWeaponsOfTheSummit() {
    Set<String> ids = doc.get(Entity.KEY).stream().map(Entity::id).collect(Collectors.toSet());
    assertThat(ids).contains("kim-jong-un", "vladimir-putin", "sergei-shoigu", "ri-pyong-chol",
        "PRK", "RUS", "USA", "CHN", "KOR", "UKR", "KAZ", "vostochny-cosmodrome", "amur-oblast",
        "un-security-council", "mig-29", "sukhoi", "person:이윤식", "org:여의도연구원");
  }

  @Test
  void spansAreOriginalTextWithoutParticles() {
    for (Mention m : doc.get(Mention.KEY)) {
      assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
    }
    int at = text.indexOf("北이 진수한");
    assertThat(doc.get(Mention.KEY)).anyMatch(m -> m.span().start() == at && m.span().end() == at + 1
        && "PRK".equals(m.entity()));
  }

  @Test
  void shortFormsOnlyInPressContexts() {
    List<Mention> ms = doc.get(Mention.KEY);
    for (String word : List.of("한계가", "일회성", "중단되었던", "한 분야")) {
      int at = text.indexOf(word);
      assertThat(ms).as(word).noneMatch(m -> m.span().contains(at));
    }
    int nr = text.indexOf("북러간");
    assertThat(ms).anyMatch(m -> m.span().start() == nr && "PRK".equals(m.entity()));
    assertThat(ms).anyMatch(m -> m.span().start() == nr + 1 && "RUS".equals(m.entity()));
  }

  @Test
  void relativeDatesResolveAgainstTheDateline() {
    assertThat(doc.get(Mention.KEY)).filteredOn(m -> m.type() == EntityType.DATE)
        .extracting(m -> m.text() + "=" + m.value())
        .contains("지난해 2월=2022-02", "9.4(월)=2023-09-04", "7.27=2023-07-27", "2020.1月=2020-01")
        // "4년 5개월 만에 정상회담" is a span since the last summit, not the summit's date
        .noneMatch(d -> d.contains("만에"));
  }
}
