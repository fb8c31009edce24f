package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An opener pointing back ("That day,", "이날", "같은 날") dates its sentence by the one before. */
class ContinuationDateTest {
  static Stream<Arguments> carried() {
    return Stream.of(
        Arguments.of(FactDoc.of("2024-06-25", "Putin visited Pyongyang on June 19.",
            "That day, Putin met Kim Jong Un at the Kumsusan guesthouse.")
            .date("June 19", "2024-06-19"), "MEETING 2024-06-19"),
        Arguments.of(FactDoc.of("2024-11-10", "Choe visited Moscow on Nov. 1.",
            "After the second of those trips, Choe met Putin at the Kremlin.")
            .date("Nov. 1", "2024-11-01"), "MEETING 2024-11-01"),
        Arguments.of(FactDoc.of("2024-06-25", "푸틴 대통령은 19일 평양을 방문했다.",
            "같은 날 푸틴 대통령은 김정은과 정상회담을 가졌다.")
            .date("19일", "2024-06-19"), "MEETING 2024-06-19"),
        Arguments.of(FactDoc.of("2024-06-25", "푸틴 대통령은 19일 평양을 방문했다.",
            "이날 푸틴 대통령은 김정은과 정상회담을 가졌다.")
            .date("19일", "2024-06-19"), "MEETING 2024-06-19"));
  }

  @ParameterizedTest
  @MethodSource("carried")
  void theOpenerTakesTheDayOfTheSentenceBefore(FactDoc doc, String expected) {
    assertThat(FactProbe.events(doc)).extracting(EventFinderTest::show).contains(expected);
  }
}
