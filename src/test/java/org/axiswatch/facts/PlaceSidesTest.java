package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ports, cities and stations standing for their states as where goods leave or arrive (the
 * gazetteer's {@code nat}), written as wires and briefs put the 2023–2025 shipments; and the
 * places that say nothing of a side: where talks were held, a border crossing of two states.
 */
class PlaceSidesTest {

  static Stream<Arguments> sides() {
    return Stream.of(
        Arguments.of("Containers of munitions were shipped from Rajin to Russia, imagery showed.",
            List.of("PRK>RUS CONVENTIONAL_ARMS REPORTED")),
        Arguments.of("A cargo ship loaded with artillery shells arrived at Vostochny port from "
            + "Rajin in October 2023.", List.of("PRK>RUS CONVENTIONAL_ARMS REPORTED")),
        Arguments.of("Russian tankers delivered refined petroleum to the port of Rajin in March.",
            List.of("RUS>PRK PETROLEUM OCCURRED")),
        Arguments.of("Chinese trucks carried fertiliser across the bridge from Dandong to "
            + "Sinuiju last week.", List.of()),
        Arguments.of("위성사진에 따르면 포탄 컨테이너가 나진항에서 보스토치니항으로 수송됐다.",
            List.of("PRK>RUS CONVENTIONAL_ARMS REPORTED")),
        Arguments.of("정제유를 실은 유조선이 보스토치니항을 출발해 나진항으로 반출됐다.",
            List.of("RUS>PRK PETROLEUM REPORTED")),
        Arguments.of("Trade between North Korea and Russia grew in 2024.\nRussia shipped about "
            + "30,000 tonnes of coal via the port of Rajin last spring.", List.of()),
        Arguments.of("Trade between North Korea and Russia grew in 2024.\nRussia sold some 20,000 "
            + "tonnes of coal through North Korea's Rajin port in the first half.", List.of()),
        Arguments.of("Trade between North Korea and Russia grew in 2024.\nRussia shipped coal "
            + "through the North's Rajin port under the Rajin-Khasan logistics project.",
            List.of("RUS>PRK JOINT_VENTURE_INFRASTRUCTURE REPORTED")),
        Arguments.of("Russia shipped coal to North Korea through the port of Rajin last spring.",
            List.of("RUS>PRK INDUSTRIAL_GOODS OCCURRED")),
        Arguments.of("북한과 러시아의 교역이 늘었다.\n러시아는 지난해 나진항을 통해 석탄을 수출했다.",
            List.of()),
        Arguments.of("보스토치니 우주기지에서 열린 회담에서 위성 기술 지원이 논의됐다.",
            List.of()));
  }

  @ParameterizedTest
  @MethodSource("sides")
  void aPlaceStandsForItsStateOnlyAsOriginOrGoal(String sentence, List<String> expected) {
    List<String> shown = FactProbe.exchanges(FactDoc.of("2024-11-20", sentence.split("\n")))
        .stream()
        .map(ExchangeFinderTest::show).toList();
    assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
  }
}
