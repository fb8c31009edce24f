package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is given, read from the item words: the technology of a weapon is one exchange of the more
 * specific category (missiles, satellites and space: MISSILE_SPACE_TECHNOLOGY; fighters and air
 * defence: MILITARY_COOPERATION); troops counted with no noun; workers sent abroad. Sentences in
 * our own words on 2023–2025 reports.
 */
class ItemReadingTest {

  static Stream<Arguments> items() {
    return Stream.of(
        Arguments.of("러시아가 북한에 전투기 기술을 이전할 것이라는 관측이 나온다.",
            List.of("RUS>PRK MILITARY_COOPERATION POSSIBLE")),
        Arguments.of("Russia could transfer fighter jet technology to North Korea.",
            List.of("RUS>PRK MILITARY_COOPERATION POSSIBLE")),
        Arguments.of("러시아가 북한에 탄도미사일 기술을 이전했을 가능성이 있다.",
            List.of("RUS>PRK MISSILE_SPACE_TECHNOLOGY POSSIBLE")),
        Arguments.of("Russia may have shared artillery technology with North Korea.",
            List.of("RUS>PRK MILITARY_COOPERATION POSSIBLE")),
        Arguments.of("러시아는 북한에 위성 기술 지원을 제공했다.",
            List.of("RUS>PRK MISSILE_SPACE_TECHNOLOGY OCCURRED")),
        Arguments.of("Russia provided satellite technology support to North Korea.",
            List.of("RUS>PRK MISSILE_SPACE_TECHNOLOGY OCCURRED")),
        Arguments.of("북한은 올해 초 러시아에 3천 명을 추가 파병했다.",
            List.of("PRK>RUS MILITARY_COOPERATION OCCURRED")),
        Arguments.of("Some 11,000 North Korean troops are in Kursk. North Korea sent a further "
            + "3,000 to Russia in January and February.",
            List.of("PRK>RUS MILITARY_COOPERATION OCCURRED")),
        Arguments.of("Russia sent 2,000 tonnes of flour to North Korea. It later sent a further "
            + "3,000 to Pyongyang.", List.of("RUS>PRK FOOD OCCURRED")),
        Arguments.of("북한은 러시아 건설 현장에 노동자 수천 명을 보냈다.",
            List.of("PRK>RUS LABOUR OCCURRED")),
        Arguments.of("North Korea dispatched workers to construction sites in Russia last year.",
            List.of("PRK>RUS LABOUR OCCURRED")));
  }

  @ParameterizedTest
  @MethodSource("items")
  void readsOneExchangeOfTheRightCategory(String sentence, List<String> expected) {
    List<String> shown = FactProbe.exchanges(FactDoc.of("2025-04-01", sentence)
            .quantity("3천 명", "3000 person").quantity("a further 3,000", "3000")
            .quantity("수천 명", "1000 person ~"))
        .stream().map(ExchangeFinderTest::show).toList();
    assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
  }
}
