package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The status of an exchange: a hedge on the amount leaves an asserted delivery as it is, a hedge
 * on the delivery makes it possible; told again in another sentence, the firmest telling stands:
 * a party's denial outweighs a hedge, not a report. Oil and shells as 2023–2025 reports put
 * them, in our own words.
 */
class ExchangeStatusTest {

  static Stream<Arguments> amounts() {
    return Stream.of(
        Arguments.of("러시아는 북한에 정제유를 공급했으며, 공급량은 100만 배럴을 넘는 것으로 추정된다.",
            "100만 배럴", "RUS>PRK PETROLEUM OCCURRED"),
        Arguments.of("러시아가 북한에 100만 배럴 이상의 정제유를 공급한 것으로 추정된다.",
            "100만 배럴", "RUS>PRK PETROLEUM POSSIBLE"),
        Arguments.of("Russia delivered oil to North Korea last year, likely more than 1 million "
            + "barrels.", "1 million barrels", "RUS>PRK PETROLEUM OCCURRED"),
        Arguments.of("Russia delivered an estimated 1 million barrels of oil to North Korea in 2024.",
            "1 million barrels", "RUS>PRK PETROLEUM OCCURRED"),
        Arguments.of("Russia has likely shipped more than 1 million barrels of oil to North Korea.",
            "1 million barrels", "RUS>PRK PETROLEUM POSSIBLE"));
  }

  @ParameterizedTest
  @MethodSource("amounts")
  void aHedgedAmountIsNoHedgedTransfer(String sentence, String amount, String expected) {
    assertThat(shown(FactDoc.of("2025-03-10", sentence).quantity(amount, "1000000 bbl")))
        .containsExactly(expected);
  }

  static Stream<Arguments> retold() {
    return Stream.of(
        Arguments.of(List.of("North Korea may have sent artillery shells to Russia.",
            "North Korea shipped artillery shells to Russia by rail in October."),
            "PRK>RUS CONVENTIONAL_ARMS OCCURRED"),
        Arguments.of(List.of("북한이 러시아에 포탄을 공급했을 가능성이 제기된다.",
            "북한은 지난해 러시아에 포탄을 공급했다."), "PRK>RUS CONVENTIONAL_ARMS OCCURRED"),
        Arguments.of(List.of("Russia is believed to have supplied air-defence missiles to North "
            + "Korea.", "Russia supplied air-defence missiles to North Korea, Yonhap reported."),
            "RUS>PRK CONVENTIONAL_ARMS OCCURRED"),
        Arguments.of(List.of("North Korea shipped artillery shells to Russia in 2023.",
            "Russia denied receiving any artillery shells from North Korea."),
            "PRK>RUS CONVENTIONAL_ARMS OCCURRED"),
        Arguments.of(List.of("North Korea may have sent artillery shells to Russia.",
            "Pyongyang denied sending artillery shells to Russia."),
            "PRK>RUS CONVENTIONAL_ARMS DENIED"),
        Arguments.of(List.of("북한이 러시아에 포탄을 보냈을 가능성이 있다.",
            "북한 외무성은 러시아에 포탄을 제공했다는 주장을 부인했다."),
            "PRK>RUS CONVENTIONAL_ARMS DENIED"));
  }

  @ParameterizedTest
  @MethodSource("retold")
  void theFirmestTellingStands(List<String> sentences, String expected) {
    assertThat(shown(FactDoc.of("2025-03-10", sentences.toArray(String[]::new))))
        .containsExactly(expected);
  }

  private static List<String> shown(FactDoc doc) {
    return FactProbe.exchanges(doc).stream().map(ExchangeFinderTest::show).toList();
  }
}
