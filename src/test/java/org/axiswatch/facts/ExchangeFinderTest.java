package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExchangeFinderTest {

  static Stream<Arguments> oneExchange() {
    return Stream.of(
        // Korean: direction cues, every status
        Arguments.of("북한은 러시아에 포탄 100만 발을 공급했다.", "PRK>RUS CONVENTIONAL_ARMS OCCURRED"),
        Arguments.of("러시아의 대북 위성기술 제공이 본격화되고 있다고 NYT가 보도했다.",
            "RUS>PRK MISSILE_SPACE_TECHNOLOGY REPORTED"),
        Arguments.of("푸틴은 “북한의 인공위성 개발을 도울 것”이라고 말했다.",
            "RUS>PRK MISSILE_SPACE_TECHNOLOGY PLANNED"),
        Arguments.of("러시아가 북한에 원유를 제공할 것이다.", "RUS>PRK PETROLEUM PLANNED"),
        Arguments.of("중국은 북한에 식량을 지원하기로 합의했다.", "CHN>PRK FOOD AGREED"),
        Arguments.of("러시아가 북한에 전투기를 제공할 가능성이 있다.", "RUS>PRK CONVENTIONAL_ARMS POSSIBLE"),
        Arguments.of("러시아는 북한 노동자 추가 수용을 검토 중이며 북한 노동자 파견이 늘 수 있다.",
            "PRK>RUS LABOUR POSSIBLE"),
        Arguments.of("러시아는 북한에 무기를 제공하지 않았다고 주장했다.", "RUS>PRK CONVENTIONAL_ARMS DENIED"),
        Arguments.of("북한은 러시아에 탄약을 공급했다는 보도를 부인했다.", "PRK>RUS CONVENTIONAL_ARMS DENIED"),
        Arguments.of("북한의 대러 탄약 지원이 계속되고 있다.", "PRK>RUS CONVENTIONAL_ARMS REPORTED"),
        Arguments.of("러시아가 북한의 핵잠 기술지원에 나설 경우 파장이 크다.",
            "RUS>PRK NUCLEAR_TECHNOLOGY POSSIBLE"),
        Arguments.of("러시아는 북한산 석탄을 수입했다.", "PRK>RUS INDUSTRIAL_GOODS OCCURRED"),
        Arguments.of("북한은 러시아로부터 자금을 받았다.", "RUS>PRK FINANCE OCCURRED"),
        Arguments.of("북러는 철도협력을 강화하기로 합의했다.", "RUS>PRK JOINT_VENTURE_INFRASTRUCTURE AGREED"),
        Arguments.of("북한과 러시아가 연합훈련을 실시했다.", "PRK>RUS MILITARY_COOPERATION OCCURRED"),
        // English
        Arguments.of("Russia supplied fighter jets to North Korea in March.", "RUS>PRK CONVENTIONAL_ARMS OCCURRED"),
        // gifts, money that flows, a promise of military aid
        Arguments.of("Russia gave North Korea two armoured limousines.", "RUS>PRK INDUSTRIAL_GOODS OCCURRED"),
        Arguments.of("러시아는 북한에 고급 리무진을 선물로 보냈다.", "RUS>PRK INDUSTRIAL_GOODS OCCURRED"),
        Arguments.of("Analysts said hard currency would flow to North Korea from Russia.",
            "RUS>PRK FINANCE PLANNED"),
        Arguments.of("Russia and North Korea agreed to provide each other with military assistance.",
            "RUS>PRK MILITARY_COOPERATION AGREED"),
        Arguments.of("북한과 러시아는 유사시 상호 군사원조를 제공하기로 합의했다.",
            "PRK>RUS MILITARY_COOPERATION AGREED"),
        Arguments.of("North Korea shipped artillery shells to Russia.", "PRK>RUS CONVENTIONAL_ARMS OCCURRED"),
        Arguments.of("Russia will provide satellite technology to North Korea.",
            "RUS>PRK MISSILE_SPACE_TECHNOLOGY PLANNED"),
        Arguments.of("Russia agreed to deliver oil to North Korea.", "RUS>PRK PETROLEUM AGREED"),
        Arguments.of("North Korea could send workers to Russia.", "PRK>RUS LABOUR POSSIBLE"),
        Arguments.of("North Korea reportedly sold missiles to Russia.", "PRK>RUS CONVENTIONAL_ARMS REPORTED"),
        Arguments.of("Russia denied supplying nuclear technology to North Korea.",
            "RUS>PRK NUCLEAR_TECHNOLOGY DENIED"),
        Arguments.of("China did not ship food to North Korea last year.", "CHN>PRK FOOD DENIED"),
        Arguments.of("North Korea received funds from Russia.", "RUS>PRK FINANCE OCCURRED"),
        Arguments.of("Pyongyang has sent troops to Moscow.", "PRK>RUS MILITARY_COOPERATION OCCURRED"),
        Arguments.of("Russia is supplying North Korea with oil.", "RUS>PRK PETROLEUM REPORTED"),
        Arguments.of("평양은 모스크바에 노동자를 보냈다.", "PRK>RUS LABOUR OCCURRED"),
        Arguments.of("Putin said Russia would help North Korea build satellites.",
            "RUS>PRK MISSILE_SPACE_TECHNOLOGY PLANNED"),
        Arguments.of("In return, Pyongyang is seeking fighter aircraft from Russia.",
            "RUS>PRK CONVENTIONAL_ARMS REPORTED"),
        Arguments.of("국정원은 러시아가 북한에 식량을 제공했다고 밝혔다.", "RUS>PRK FOOD REPORTED"),
        Arguments.of("러시아는 그 대가로 북한에 식량과 원유, 전투기 등을 제공", "RUS>PRK CONVENTIONAL_ARMS REPORTED"),
        Arguments.of("다만 러시아가 북한에 핵심 기술을 이전할지는 불확실", "RUS>PRK SCIENCE_TECHNOLOGY POSSIBLE"),
        Arguments.of("Russia is unlikely to share nuclear submarine technology with North Korea.",
            "RUS>PRK NUCLEAR_TECHNOLOGY POSSIBLE"),
        Arguments.of("북한은 러시아로부터 정찰위성 기술을 제공받고 있다.", "RUS>PRK MISSILE_SPACE_TECHNOLOGY REPORTED"),
        Arguments.of("북한이 병력 1만여명을 러시아에 파병했다.", "PRK>RUS MILITARY_COOPERATION OCCURRED"),
        Arguments.of("북한은 그 대가로 러시아로부터 식량을 받아 왔다.", "RUS>PRK FOOD REPORTED"),
        Arguments.of("Pyongyang is seeking Russian air-defence systems.", "RUS>PRK CONVENTIONAL_ARMS REPORTED"),
        Arguments.of("North Korea shipped shells to Russia in exchange for food.", "RUS>PRK FOOD REPORTED"),
        Arguments.of("Pyongyang sent missiles to Moscow for use in Ukraine in return for oil.",
            "RUS>PRK PETROLEUM REPORTED"));
  }

  @ParameterizedTest
  @MethodSource("oneExchange")
  void readsOneExchange(String sentence, String expected) {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-09-14", sentence)
        .quantity("100만 발", "1000000 round"));
    assertThat(found).extracting(ExchangeFinderTest::show).contains(expected);
  }

  @Test
  void everyItemAfterInExchangeForFlowsBack() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-09-14",
        "Seoul accused Pyongyang of shipping shells to Moscow for use in Ukraine in exchange for "
            + "food, energy and help with its satellite program."));
    assertThat(found).extracting(ExchangeFinderTest::show).contains(
        "PRK>RUS CONVENTIONAL_ARMS REPORTED", "RUS>PRK FOOD REPORTED", "RUS>PRK PETROLEUM REPORTED",
        "RUS>PRK MISSILE_SPACE_TECHNOLOGY REPORTED");
  }

  @Test
  void splitsAnEnumerationIntoOneExchangePerItemWithItsOwnDirection() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-09-14",
        "거래의 내용은 △북한의 대러 탄약 등 무기지원, △러시아의 대북 위성기술 제공, "
            + "△전투기 수출지원, △식량 지원 및 北 노동자 파견, △에너지 지원 및 철도협력 등이다."));
    assertThat(found).extracting(ExchangeFinderTest::show).containsExactlyInAnyOrder(
        "PRK>RUS CONVENTIONAL_ARMS REPORTED",
        "RUS>PRK MISSILE_SPACE_TECHNOLOGY REPORTED",
        "RUS>PRK CONVENTIONAL_ARMS REPORTED",
        "RUS>PRK FOOD REPORTED",
        "PRK>RUS LABOUR REPORTED",
        "RUS>PRK PETROLEUM REPORTED",
        "RUS>PRK JOINT_VENTURE_INFRASTRUCTURE REPORTED");
  }

  @Test
  void sharesOneVerbAcrossAListAndMergesTheSameCategory() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-09-14",
        "북한은 포탄 및 야포, 미사일 등 재래식 무기를 러시아에 공급했다.",
        "북한이 러시아에 탄약을 또 공급했다."));
    assertThat(found).extracting(ExchangeFinderTest::show)
        .containsExactly("PRK>RUS CONVENTIONAL_ARMS OCCURRED");
    assertThat(found.get(0).item()).isEqualTo("포탄");
  }

  @Test
  void namedAsTechnologyAnItemTakesItsTechnologyCategory() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-09-14",
        "러시아가 북한에 미사일 및 위성 관련 최신 기술을 제공할 가능성이 있다."));
    assertThat(found).extracting(ExchangeFinderTest::show)
        .containsExactly("RUS>PRK MISSILE_SPACE_TECHNOLOGY POSSIBLE");
  }

  @Test
  void aWeaponMerelyShownOrStockedIsNoExchange() {
    assertThat(FactProbe.exchanges(FactDoc.of("2023-09-14",
        "North Korea showed its missiles to the Russian visitor.",
        "김정은은 쇼이구 일행에게 무기 전시장을 안내하고 신형 미사일을 소개했다.",
        "북한의 비축 탄약은 최소 100만톤 정도다.",
        "중국은 대북 유류 공급량이나 식량지원 물량 조절 또는 중단을 검토할 수 있다."))).isEmpty();
  }

  @Test
  void anEndThatCannotBeTiedToAStateGivesNoExchange() {
    assertThat(FactProbe.exchanges(FactDoc.of("2023-09-14",
        "대북 확성기 방송 재개 및 우크라이나 무기 지원을 검토해야 한다."))).isEmpty();
  }

  @Test
  void aTrilateralExerciseIsTheDocumentsPair() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-09-14",
        "북러 밀착이 심화되고 있다.",
        "북러 정상은 회담에서 협력을 논의했다.",
        "북중러 합동군사훈련이 실시될 가능성이 있다."));
    assertThat(found).extracting(ExchangeFinderTest::show)
        .contains("PRK>RUS MILITARY_COOPERATION POSSIBLE")
        .noneMatch(s -> s.contains("CHN"));
  }

  @Test
  void whoTellsOfAnExchangeIsNotAPartyToIt() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-10-13",
        "North Korea and Russia deepened military ties.",
        "In return, North Korea is seeking fighter jets, Sullivan said."));
    assertThat(found).extracting(ExchangeFinderTest::show)
        .containsExactly("RUS>PRK CONVENTIONAL_ARMS REPORTED");
  }

  @Test
  void aStatesOwnVoiceIsNotAPartyEither() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-11-22",
        "Seoul's spy agency said Russia provided satellite technology in return for weapons."));
    assertThat(found).noneMatch(x -> x.to().equals("KOR") || x.from().equals("KOR"));
  }

  @Test
  void whatIsGivenInReturnTravelsTheOtherWay() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-11-22",
        "North Korea and Russia deepened military ties.",
        "Russia provided satellite technology in return for weapons."));
    assertThat(found).extracting(ExchangeFinderTest::show).containsExactly(
        "RUS>PRK MISSILE_SPACE_TECHNOLOGY OCCURRED", "PRK>RUS CONVENTIONAL_ARMS REPORTED");
  }

  @Test
  void keepsTheQuantity() {
    List<Exchange> found = FactProbe.exchanges(FactDoc.of("2023-09-14",
        "북한은 러시아에 포탄 100만 발을 공급했다.").quantity("100만 발", "1000000 round"));
    assertThat(found.get(0).quantity()).isEqualTo("100만 발");
    assertThat(found.get(0).text()).isEqualTo("북한은 러시아에 포탄 100만 발을 공급했다.");
  }

  static String show(Exchange x) {
    return x.from() + ">" + x.to() + " " + x.category() + " " + x.status();
  }
}
