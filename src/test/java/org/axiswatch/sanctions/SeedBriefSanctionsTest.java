package org.axiswatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.facts.Exchange;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.Span;
import org.junit.jupiter.api.Test;

/**
 * The seed brief's own test (the only place seed facts may be asserted): the gold's exchanges,
 * built by hand as the facts stage would give them, get the gold verdicts and must-cite provisions;
 * the one listed person of the brief is found and Kim Jong Un is not.
 */
class SeedBriefSanctionsTest {
  private static final List<Entity> STATES = List.of(
      new Entity("PRK", EntityType.GPE, "North Korea", List.of("북한", "北"), "PRK", "Q423", "gazetteer"),
      new Entity("RUS", EntityType.GPE, "Russia", List.of("러시아"), "RUS", "Q159", "gazetteer"));
  private static final SanctionsStage STAGE = SanctionsStage.standard();

  private static Exchange x(String from, String to, ExchangeCategory c, String item, String text) {
    return new Exchange(from, to, c, item, ExchangeStatus.REPORTED, null, new Span(0, 1), text);
  }

  @Test
  void goldExchangesGetGoldVerdictsAndCitations() {
    String line = "△식량 지원 및 北 노동자 파견, △에너지 지원 및 철도협력 등의 리스크를 상호 주고받는";
    List<Exchange> xs = List.of(
        x("PRK", "RUS", ExchangeCategory.CONVENTIONAL_ARMS, "탄약 등 무기지원", "북한의 대러 탄약 등 무기지원"),
        x("RUS", "PRK", ExchangeCategory.MISSILE_SPACE_TECHNOLOGY, "위성기술 제공", "러시아의 대북 위성기술 제공"),
        x("RUS", "PRK", ExchangeCategory.CONVENTIONAL_ARMS, "MIG-29와 수호이(SU) 계열 전투기", "전투기 수출지원"),
        x("RUS", "PRK", ExchangeCategory.FOOD, "식량 지원", line),
        x("PRK", "RUS", ExchangeCategory.LABOUR, "노동자 파견", line),
        x("RUS", "PRK", ExchangeCategory.PETROLEUM, "에너지 지원", line),
        x("RUS", "PRK", ExchangeCategory.JOINT_VENTURE_INFRASTRUCTURE, "철도협력", line),
        x("RUS", "PRK", ExchangeCategory.NUCLEAR_TECHNOLOGY, "핵잠수함 기술 이전", "핵잠수함 기술 이전 등의 비공개 거래"),
        x("RUS", "PRK", ExchangeCategory.FINANCE, "대량살상무기(WMD) 자금 지원", "대량살상무기(WMD) 자금 지원"),
        x("RUS", "PRK", ExchangeCategory.MILITARY_COOPERATION, "합동군사훈련", "북중러 합동군사훈련 실시"));
    String[][] gold = {
        {"PROHIBITED", "1718 8(b)", "1874 9"}, {"PROHIBITED", "1718 8"}, {"PROHIBITED", "1718 8(a)"},
        {"NOT_PROHIBITED"}, {"PROHIBITED", "2397 8"}, {"RESTRICTED", "2397 5"},
        {"RESTRICTED", "2375 18"}, {"PROHIBITED", "1718 8"}, {"PROHIBITED", "2094 11"},
        {"UNCLEAR"}};
    List<Decision> ds = STAGE.decide(xs, STATES);
    for (int i = 0; i < gold.length; i++) {
      Decision d = ds.get(i);
      assertThat(d.verdict().name()).as(d.why()).isEqualTo(gold[i][0]);
      for (int k = 1; k < gold[i].length; k++) {
        String[] rp = gold[i][k].split(" ");
        assertThat(d.provisions()).as(d.why()).anyMatch(c -> c.resolution().equals(rp[0])
            && (c.paragraph().equals(rp[1]) || c.paragraph().startsWith(rp[1] + "(")));
      }
    }
  }

  @Test
  void theListedPersonOfTheBriefIsFoundAndNoOneElse() {
    String text = "군부 실세인 이병철 당 중앙군사위 부위원장, 박정천 당 군정지도부장(이상 원수)과 강순남 국방상. "
        + "김정은 위원장과 푸틴 대통령, 한덕수 국무총리, 윤석열 대통령";
    List<Entity> people = List.of(
        new Entity("ri-pyong-chol", EntityType.PERSON, "Ri Pyong Chol", List.of("이병철"), null, null, "gazetteer"),
        new Entity("pak-jong-chon", EntityType.PERSON, "Pak Jong Chon", List.of("박정천"), null, null, "gazetteer"),
        new Entity("kang-sun-nam", EntityType.PERSON, "Kang Sun Nam", List.of("강순남"), null, null, "gazetteer"),
        new Entity("kim-jong-un", EntityType.PERSON, "Kim Jong Un", List.of("김정은"), null, null, "gazetteer"),
        new Entity("vladimir-putin", EntityType.PERSON, "Vladimir Putin", List.of("푸틴"), null, null, "gazetteer"),
        new Entity("han-duck-soo", EntityType.PERSON, "Han Duck-soo", List.of("한덕수"), null, null, "gazetteer"),
        new Entity("yoon-suk-yeol", EntityType.PERSON, "Yoon Suk Yeol", List.of("윤석열"), null, null, "gazetteer"));
    int at = text.indexOf("이병철");
    List<Mention> mentions = List.of(new Mention(EntityType.PERSON, new Span(at, at + 3), "이병철",
        "ri-pyong-chol", null, "gazetteer"));
    List<ScreeningHit> hits = STAGE.screen(people, mentions, text);
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.ref()).isEqualTo("KPi.076");
      assertThat(h.entity()).isEqualTo("ri-pyong-chol");
      assertThat(h.why()).contains("initial-sound rule").contains("position agrees");
    });
  }

  @Test
  void endToEndTheBriefsListedPersonAndBodyAndNoAcronymByItsSound() throws Exception {
    java.nio.file.Path seed = org.axiswatch.SharedFiles.seed();
    AnalyzedDocument doc = Analyzer.standard().analyze(seed);
    // Ri Pyong Chol is listed (KPi.076); the brief names him with his post in the WPK Central
    // Military Commission, which is itself listed (KPe.051). The NIS is not RIHS (QDe.070).
    assertThat(doc.get(ScreeningHit.KEY)).extracting(h -> h.entity() + " " + h.ref())
        .containsExactlyInAnyOrder("ri-pyong-chol KPi.076", "central-military-commission-wpk KPe.051");
  }
}
