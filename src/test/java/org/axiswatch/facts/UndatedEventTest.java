package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are dated happenings: a brief's background told with no date gives no event, while the
 * exchange it tells stays.
 */
class UndatedEventTest {
  /** An undated line, its exchange, the same line with a date, the date's surface and value. */
  static Stream<Arguments> background() {
    return Stream.of(
        Arguments.of("- 러시아는 그 대가로 북한에 정제유를 제공했음.", "RUS>PRK PETROLEUM OCCURRED",
            "- 러시아는 2024년 10월 그 대가로 북한에 정제유를 제공했음.", "2024년 10월"),
        Arguments.of("- 북한은 러시아에 포탄을 보냈음.", "PRK>RUS CONVENTIONAL_ARMS OCCURRED",
            "- 북한은 2024년 10월 러시아에 포탄을 보냈음.", "2024년 10월"),
        Arguments.of("- North Korea had shipped artillery shells to Russia.",
            "PRK>RUS CONVENTIONAL_ARMS OCCURRED",
            "- North Korea shipped artillery shells to Russia in October 2024.", "October 2024"));
  }

  @ParameterizedTest
  @MethodSource("background")
  void anUndatedTransferIsAnExchangeButNoEvent(String line, String exchange, String dated,
      String surface) {
    AnalyzedDocument a = FactProbe.run(FactDoc.of("2024-11-20", "□ 북러 군사협력 동향", line));
    assertThat(a.get(Event.KEY)).isEmpty();
    assertThat(a.get(Exchange.KEY)).extracting(ExchangeFinderTest::show).contains(exchange);
  }

  @ParameterizedTest
  @MethodSource("background")
  void theSameTransferWithItsDateIsAnEvent(String line, String exchange, String dated,
      String surface) {
    AnalyzedDocument a = FactProbe.run(FactDoc.of("2024-11-20", "□ 북러 군사협력 동향", dated)
        .date(surface, "2024-10"));
    assertThat(a.get(Event.KEY)).extracting(EventFinderTest::show).contains("TRANSFER 2024-10");
    assertThat(a.get(Exchange.KEY)).extracting(ExchangeFinderTest::show).contains(exchange);
  }
}
