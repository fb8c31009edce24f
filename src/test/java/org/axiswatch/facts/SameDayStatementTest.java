package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One speaker, one day, two sentences: two statements when each writes its day and they say
 * different things; one when the second restates the first (a summary and its body).
 */
class SameDayStatementTest {
  static Stream<Arguments> two() {
    return Stream.of(
        Arguments.of(FactDoc.of("2025-01-14",
            "Putin said Sunday that Moscow was ready to expand ties with Pyongyang.",
            "On Sunday, Putin also posted a short video thanking the Kursk units.")
            .date("Sunday", "2025-01-12").date("On Sunday", "2025-01-12")),
        Arguments.of(FactDoc.of("2024-06-21",
            "푸틴 대통령은 19일 정상회담에서 양국 관계가 새로운 단계에 올랐다고 말했다.",
            "푸틴 대통령은 같은 날 기자회견에서 서방의 제재를 비판하는 성명을 발표했다.")
            .date("19일", "2024-06-19").date("같은 날", "2024-06-19")));
  }

  @ParameterizedTest
  @MethodSource("two")
  void twoRemarksOfOneSpeakerOnOneDayAreTwoStatements(FactDoc doc) {
    assertThat(FactProbe.events(doc)).filteredOn(e -> e.type() == EventType.STATEMENT)
        .hasSize(2);
  }

  static Stream<Arguments> one() {
    return Stream.of(
        Arguments.of(FactDoc.of("2024-06-21",
            "□ 푸틴 대통령, 19일 북러 관계가 새로운 단계에 올랐다고 언급",
            "- 푸틴 대통령은 19일 정상회담에서 북러 관계가 새로운 단계에 올랐다고 언급했다.")
            .date("19일", "2024-06-19")),
        Arguments.of(FactDoc.of("2025-01-14",
            "Putin said Sunday that Moscow was ready to expand ties with Pyongyang.",
            "Speaking on Sunday, Putin said Moscow was ready to expand its ties with Pyongyang.")
            .date("Sunday", "2025-01-12").date("on Sunday", "2025-01-12")),
        // no day of their own: two sentences of one report on the dateline's day
        Arguments.of(FactDoc.of("2025-01-14",
            "Putin said Moscow was ready to expand ties with Pyongyang.",
            "Putin also said the Kursk units had fought bravely.")));
  }

  @ParameterizedTest
  @MethodSource("one")
  void aRestatementOrADatelineDayIsOneStatement(FactDoc doc) {
    assertThat(FactProbe.events(doc)).filteredOn(e -> e.type() == EventType.STATEMENT)
        .hasSizeLessThanOrEqualTo(1);
  }
}
