package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A series of dates under one trigger, each with its object, is one event a date. */
class DateSeriesTest {
  static Stream<Arguments> series() {
    return Stream.of(
        Arguments.of(FactDoc.of("2025-01-20", "North Korea conducted the launch of a hypersonic "
            + "missile on Jan. 6 and of short-range ballistic missiles on Jan. 14.")
            .date("Jan. 6", "2025-01-06").date("Jan. 14", "2025-01-14"),
            new String[] {"LAUNCH 2025-01-06", "LAUNCH 2025-01-14"}),
        Arguments.of(FactDoc.of("2024-06-03",
            "북한은 지난달 27일 군사정찰위성을, 30일 단거리탄도미사일 18발을 발사했다.")
            .date("지난달 27일", "2024-05-27").date("30일", "2024-05-30"),
            new String[] {"LAUNCH 2024-05-27", "LAUNCH 2024-05-30"}),
        Arguments.of(FactDoc.of("2025-01-20", "북한은 1일 극초음속미사일을, 4일 순항미사일을 발사했다.")
            .date("1일", "2025-01-01").date("4일", "2025-01-04"),
            new String[] {"LAUNCH 2025-01-01", "LAUNCH 2025-01-04"}));
  }

  @ParameterizedTest
  @MethodSource("series")
  void eachDateOfASeriesIsAnEvent(FactDoc doc, String[] expected) {
    assertThat(FactProbe.events(doc)).extracting(EventFinderTest::show)
        .containsExactly(expected);
  }

  static Stream<Arguments> notSeries() {
    return Stream.of(
        // two dates of two verbs: the launch keeps its own
        Arguments.of(FactDoc.of("2025-01-20",
            "North Korea launched a hypersonic missile on Jan. 6 and met envoys on Jan. 14.")
            .date("Jan. 6", "2025-01-06").date("Jan. 14", "2025-01-14"), "LAUNCH 2025-01-14"),
        Arguments.of(FactDoc.of("2025-01-20",
            "북한은 1일 극초음속미사일을 발사했고, 4일에는 러시아 대표단을 맞았다.")
            .date("1일", "2025-01-01").date("4일에는", "2025-01-04"), "LAUNCH 2025-01-04"));
  }

  @ParameterizedTest
  @MethodSource("notSeries")
  void twoVerbsKeepTheirOwnDates(FactDoc doc, String wrong) {
    assertThat(FactProbe.events(doc)).extracting(EventFinderTest::show).doesNotContain(wrong);
  }
}
