package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.described;
import static org.axiswatch.mentions.MentionsFixture.mentions;

import java.util.List;
import org.axiswatch.pipeline.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Korean news sentences written for these tests, with the mentions they must (and must not) give. */
class KoreanMentionsTest {
  private static final String DATE = "2024-06-20";

  @Test
  void treatyParagraphGivesStatesPeoplePlacesAndWeapons() {
    String text = "김정은 국무위원장과 블라디미르 푸틴 러시아 대통령은 19일 평양 금수산영빈관에서 "
        + "'포괄적 전략적 동반자 관계에 관한 조약'에 서명했다. 리병철 당 중앙군사위 부위원장은 "
        + "화성-18형과 KN-23 발사를 참관했고, 러시아는 북한에 MiG-29 전투기를 넘길 수 있다.";
    assertThat(described(text, DATE)).contains(
        "PERSON 김정은=kim-jong-un", "PERSON 블라디미르 푸틴=vladimir-putin", "GPE 러시아=RUS",
        "DATE 19일=2024-06-19", "LOC 평양=pyongyang", "PERSON 리병철=ri-pyong-chol",
        "ORG 당 중앙군사위=central-military-commission-wpk", "WEAPON 화성-18형=hwasong-18",
        "WEAPON KN-23=kn-23", "GPE 북한=PRK", "WEAPON MiG-29 전투기=mig-29");
  }

  @Test
  void particlesStayOutOfTheSpan() {
    String text = "김정은은 러시아의 지원을, 北이 원하는 포탄과 함께 받았다.";
    List<Mention> ms = mentions(text, DATE);
    assertThat(ms).extracting(Mention::text).containsExactly("김정은", "러시아", "北", "포탄");
    assertThat(ms.get(0).span()).isEqualTo(new Span(0, 3));
    assertThat(ms.get(1).span()).isEqualTo(new Span(5, 8));
  }

  @Test
  void compoundsGiveOneStatePerSyllable() {
    String text = "북러 밀착에 맞서 한미일 공조가 강화되고, 북·중·러 연대와 중러의 협력도 주목된다.";
    List<Mention> ms = mentions(text, DATE);
    assertThat(ms).extracting(m -> m.text() + "=" + m.entity()).containsExactly(
        "북=PRK", "러=RUS", "한=KOR", "미=USA", "일=JPN", "북=PRK", "중=CHN", "러=RUS", "중=CHN", "러=RUS");
    assertThat(ms.get(0).span()).isEqualTo(new Span(0, 1));
    assertThat(ms.get(1).span()).isEqualTo(new Span(1, 2));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "정부는 대북 제재를 강화하고 대러 수출을 막았다.|북=PRK, 러=RUS",
      "대중 물밑접촉을 모색할 필요가 있다.|중=CHN",
      "러 외무부는 이를 부인했고 北 매체는 침묵했다.|러시아 외무부?, 北=PRK",
      "美 당국자는 日 정부와 협의했다.|美=USA, 日=JPN",
  })
  void pressFormsInTheirContexts(String text, String expected) {
    List<String> got = mentions(text, DATE).stream().map(m -> m.text() + "=" + m.entity()).toList();
    for (String e : expected.split(", ")) {
      if (e.endsWith("?")) {
        continue;
      }
      assertThat(got).contains(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "협력에는 분명 한계가 있다",
      "일회성 거래에 그칠 것이다",
      "비상방역 조치 이후 중단되었던 방문",
      "대중 교통 요금이 올랐다",
      "한 분야의 협력을 본격화한다",
      "일각에서는 회의적이다",
      "부차적인 문제로 보인다",
      "전략적 수단 강구가 필수",
      "‘대응 차원’이란 식으로 감싸왔다",
      "미러리스 카메라가 많이 팔렸다",
      "중국어를 배우는 학생이 늘었다",
  })
  void ordinaryWordsGiveNoNames(String text) {
    assertThat(mentions(text, DATE)).filteredOn(m -> m.type().isNamed()).isEmpty();
  }

  @Test
  void aQuoteOpensAWordButClosingOneGluesParticles() {
    assertThat(described("그는 \"북한이 도발했다\"고 말했고 ‘억제’란 말을 썼다", DATE))
        .containsExactly("GPE 북한=PRK");
  }

  @Test
  void pacificIsNotPyongyang() {
    assertThat(described("러시아 태평양함대사령부와 태평양 연안", DATE))
        .contains("ORG 태평양함대=russian-pacific-fleet", "LOC 태평양=pacific-ocean")
        .noneMatch(s -> s.contains("pyongyang"));
  }

  @Test
  void aBodyNamedForAPlaceIsABody() {
    assertThat(described("동북아전략연구원과 한반도평화연구소는 박명호 외무성 부상의 발언을 분석했다", DATE))
        .contains("ORG 동북아전략연구원=org:동북아전략연구원", "ORG 한반도평화연구소=org:한반도평화연구소",
            "PERSON 박명호=person:박명호")
        .noneMatch(s -> s.startsWith("LOC "));
  }

  @Test
  void antiTankIsNotATank() {
    assertThat(described("북한은 대전차 로켓과 대함 미사일, 신형전차를 보냈다", DATE))
        .contains("WEAPON 대전차 로켓=anti-tank-rocket", "WEAPON 신형전차=tank")
        .noneMatch(s -> s.equals("WEAPON 전차=tank"));
  }

  @Test
  void contextFindsUnknownPeopleAndBodies() {
    String text = "홍길동 통일연구원 연구위원은 이날 '북한의 파병'을 분석했다. 또 제주평화연구원은 "
        + "박민수 국방상의 발언을 소개했다. 이후 박민수는 침묵했다.";
    List<Mention> ms = mentions(text, DATE);
    assertThat(ms).filteredOn(m -> m.origin().equals("context"))
        .extracting(m -> m.type() + " " + m.text())
        .contains("PERSON 홍길동", "ORG 제주평화연구원", "PERSON 박민수");
    assertThat(ms).filteredOn(m -> m.text().equals("박민수")).hasSize(2);
    assertThat(ms).filteredOn(m -> m.text().equals("박민수")).allMatch(m -> "person:박민수".equals(m.entity()));
  }

  @Test
  void contextPathDoesNotInventNamesFromCommonWords() {
    String text = "이번 회의에서 정부 대변인은 당국자 발언을 전했고, 국방부 장관은 이사회 의장과 만났다.";
    assertThat(mentions(text, DATE)).filteredOn(m -> m.origin().equals("context")).isEmpty();
  }

  @Test
  void disablingTheContextPathLeavesOnlyTheGazetteer() {
    MentionFinder gazetteerOnly = new MentionFinder(new MentionFinder.Config(false));
    String text = "홍길동 통일연구원 연구위원은 김정은 위원장의 방러를 분석했다.";
    assertThat(MentionsFixture.analyze(gazetteerOnly, text, DATE).get(Mention.KEY))
        .extracting(Mention::origin).doesNotContain("context");
  }
}
