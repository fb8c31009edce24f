package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exchanges as real articles write them: lists of items of several kinds, planned and hedged
 * transfers, works built together; and what only looks like one (a heading's topic, a means of
 * transport, the one something is offered to, a cooperation among other states).
 */
class ExchangeReadingTest {

  /** A sentence and every exchange it must give (from>to category status). */
  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("Russia provided military technology, oil and hard currency to North Korea.",
            List.of("RUS>PRK MILITARY_COOPERATION OCCURRED", "RUS>PRK PETROLEUM OCCURRED",
                "RUS>PRK FINANCE OCCURRED")),
        Arguments.of("러시아는 북한에 군사기술과 식량, 원유를 제공했다.",
            List.of("RUS>PRK MILITARY_COOPERATION OCCURRED", "RUS>PRK FOOD OCCURRED",
                "RUS>PRK PETROLEUM OCCURRED")),
        Arguments.of("North Korea received nuclear, ballistic missile and space-related technology "
            + "from Russia.", List.of("RUS>PRK NUCLEAR_TECHNOLOGY OCCURRED",
                "RUS>PRK MISSILE_SPACE_TECHNOLOGY OCCURRED")),
        Arguments.of("In return, Pyongyang was believed to receive fuel, food and components from "
            + "Moscow.", List.of("RUS>PRK PETROLEUM REPORTED", "RUS>PRK FOOD REPORTED")),
        Arguments.of("China sold trucks, rice and diesel to North Korea last year.",
            List.of("CHN>PRK INDUSTRIAL_GOODS OCCURRED", "CHN>PRK FOOD OCCURRED",
                "CHN>PRK PETROLEUM OCCURRED")),
        Arguments.of("북한은 러시아에 병력을 파병했고, 러시아는 북한에 군사기술을 제공했다.",
            List.of("PRK>RUS MILITARY_COOPERATION OCCURRED", "RUS>PRK MILITARY_COOPERATION OCCURRED")),
        // "supplied X with Y": X receives, whatever way such items usually travel
        Arguments.of("Russia has supplied North Korea with anti-air missiles and artillery shells.",
            List.of("RUS>PRK CONVENTIONAL_ARMS OCCURRED")),
        Arguments.of("러시아는 북한에 방공 체계와 전자전 장비를 제공했다.",
            List.of("RUS>PRK CONVENTIONAL_ARMS OCCURRED")),
        // 이전했다 (transferred) holds 전했다 (conveyed), which says a report, not an act
        Arguments.of("러시아는 북한에 방공 체계를 이전했다.", List.of("RUS>PRK CONVENTIONAL_ARMS OCCURRED")),
        Arguments.of("북한은 러시아에 자주포와 장사정포를 보냈다.",
            List.of("PRK>RUS CONVENTIONAL_ARMS OCCURRED")));
  }

  @ParameterizedTest
  @MethodSource("lists")
  void everyItemOfAListOfSeveralKindsIsItsOwnExchange(String sentence, List<String> expected) {
    assertThat(shown(FactDoc.of("2024-11-05", sentence))).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> plannedHedgedAndBuilt() {
    return Stream.of(
        Arguments.of("North Korea would send 1,000 sappers and 5,000 military construction workers "
            + "to Russia.", "PRK>RUS MILITARY_COOPERATION PLANNED"),
        Arguments.of("Russia is expected to deliver air-defence systems to North Korea next year.",
            "RUS>PRK CONVENTIONAL_ARMS PLANNED"),
        Arguments.of("Moscow agreed to supply fighter jets to Pyongyang.", "RUS>PRK CONVENTIONAL_ARMS AGREED"),
        Arguments.of("Russia helped North Korea develop space launch vehicles.",
            "RUS>PRK MISSILE_SPACE_TECHNOLOGY OCCURRED"),
        Arguments.of("Russia and North Korea began building a road bridge across the Tumen River.",
            "RUS>PRK JOINT_VENTURE_INFRASTRUCTURE REPORTED"),
        Arguments.of("북한과 러시아는 두만강 자동차 다리 건설에 착수했다.",
            "RUS>PRK JOINT_VENTURE_INFRASTRUCTURE OCCURRED"),
        Arguments.of("러시아가 북한에 기술적 도움을 줬을 가능성이 있다.", "RUS>PRK SCIENCE_TECHNOLOGY POSSIBLE"),
        Arguments.of("러시아가 북한의 위성 발사를 지원했을 가능성이 제기됐다.",
            "RUS>PRK MISSILE_SPACE_TECHNOLOGY POSSIBLE"),
        Arguments.of("러시아가 북한에 방공 미사일을 제공한 것으로 추정된다.", "RUS>PRK CONVENTIONAL_ARMS POSSIBLE"),
        Arguments.of("北 측은 러시아산 엔진 부품과 기술자료를 지속 반입한 것으로 관측",
            "RUS>PRK MISSILE_SPACE_TECHNOLOGY POSSIBLE"),
        Arguments.of("Russia did not supply oil to North Korea last year.", "RUS>PRK PETROLEUM DENIED"),
        Arguments.of("러시아는 북한에 원유를 제공하지 않았다.", "RUS>PRK PETROLEUM DENIED"),
        Arguments.of("□ 북러 합동군사훈련 실시", "PRK>RUS MILITARY_COOPERATION REPORTED"),
        Arguments.of("The State Department said Russia's training of North Korean soldiers violated "
            + "UN resolutions.", "RUS>PRK MILITARY_COOPERATION REPORTED"));
  }

  @ParameterizedTest
  @MethodSource("plannedHedgedAndBuilt")
  void readsTheTransferAndHowFarItWent(String sentence, String expected) {
    assertThat(shown(FactDoc.of("2024-11-05", sentence))).contains(expected);
  }

  static Stream<Arguments> hedges() {
    return Stream.of(
        Arguments.of("러시아가 북한에 기술적 도움을 줬을 가능성이 있다.", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("러시아가 북한에 방공 미사일을 제공한 것으로 추정된다.", EstimativeLevel.LIKELY));
  }

  @ParameterizedTest
  @MethodSource("hedges")
  void aHedgedTransferIsPossibleAndItsClaimCarriesTheHedge(String sentence, EstimativeLevel level) {
    FactDoc doc = FactDoc.of("2024-11-05", sentence);
    assertThat(FactProbe.exchanges(doc)).extracting(Exchange::status)
        .containsOnly(ExchangeStatus.POSSIBLE);
    assertThat(FactProbe.claims(doc)).anySatisfy(c -> assertThat(c.estimative().level()).isEqualTo(level));
  }

  static Stream<Arguments> noExchange() {
    return Stream.of(
        Arguments.of("□ 북·러 불법 군사협력 현황"),
        Arguments.of("□ North Korea–Russia Military Cooperation"),
        Arguments.of("The shells were sent to the front by rail, North Korean officials said."),
        Arguments.of("Ukraine would also give other North Korean soldiers the chance to surrender."),
        Arguments.of("Some 11,000 North Korean troops were in Russia after training at ranges in the Far East."),
        Arguments.of("이 정도로 북한과 러시아의 관계가 가까워진 것은 냉전 이후 처음이다."));
  }

  @ParameterizedTest
  @MethodSource("noExchange")
  void aTopicARouteOrARecipientIsNoExchange(String sentence) {
    assertThat(shown(FactDoc.of("2024-11-05", sentence))).isEmpty();
  }

  @Test
  void aRailLineOrPortGoodsTravelByIsNoExchangeOfIt() {
    assertThat(shown(FactDoc.of("2024-11-05", "북한군 병력은 철도로 전선에 보내졌으며, 러시아군과 함께 배치됐다.",
        "Troops and shells went to Russia by rail and through the port of Rajin.")))
        .noneMatch(s -> s.contains("JOINT_VENTURE_INFRASTRUCTURE"));
  }

  @Test
  void aCooperationAmongTheSubjectsStatesIsNotOneWithStatesElsewhere() {
    assertThat(shown(FactDoc.of("2024-11-05", "북한과 러시아는 무기 거래를 계속하고 있다.",
        "한국과 미국, 일본이 북한의 도발에 맞서 군사 협력을 확대하기로 했다."))).containsExactly(
            "PRK>RUS CONVENTIONAL_ARMS REPORTED");
    assertThat(shown(FactDoc.of("2024-11-05", "북한과 러시아는 무기 거래를 계속하고 있다.",
        "South Korea and the United States agreed to expand military cooperation.")))
        .containsExactly("PRK>RUS CONVENTIONAL_ARMS REPORTED", "KOR>USA MILITARY_COOPERATION AGREED");
  }

  @Test
  void whoReportsToABodyIsNotAPartyAndABareTechnologyWordTakesTheOneJustNamed() {
    List<String> found = shown(FactDoc.of("2024-06-03",
        "푸틴 대통령은 북한의 위성 개발을 돕겠다는 취지로 발언",
        "국정원은 지난해 11월 국회 정보위원회에 러시아 기술진의 방북과 설계도 제공 등 러시아의 지원 정황을 보고"));
    assertThat(found).containsExactly("RUS>PRK MISSILE_SPACE_TECHNOLOGY REPORTED");
  }

  private static List<String> shown(FactDoc doc) {
    return FactProbe.exchanges(doc).stream().map(ExchangeFinderTest::show).toList();
  }
}
