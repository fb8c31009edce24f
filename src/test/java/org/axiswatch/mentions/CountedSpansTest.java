package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.described;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Months and years counted from the date named before them, as wires and commentaries write
 * them: "the previous month", "a year earlier", "the following year"; and the preposition that
 * only looks like one ("a year before the war").
 */
class CountedSpansTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Pyongyang sent troops to Russia in October 2024, and the previous month Kim met Shoigu."
          + "|DATE the previous month=2024-09",
      "North Korea launched a satellite in November 2023. A year earlier, it had tested an ICBM."
          + "|DATE A year earlier=2022-11",
      "The treaty was signed in June 2024 and ratified by Moscow five months later; the following "
          + "year the two held drills.|DATE the following year=2025-06",
      "Kim visited Russia in September 2023 and Putin came a year later.|DATE a year later=2024-09",
      "The panel's mandate lapsed in 2024. The year before, it had reported on the ship transfers."
          + "|DATE The year before=2023",
      "A year earlier, the border had been closed.|DATE A year earlier=2024",
      "Since the autumn of 2024 troops have fought there; the panel's mandate ended in April 2024, "
          + "and it had documented the shipments a year earlier.|DATE a year earlier=2023-04",
  })
  void countsFromTheDateBefore(String text, String expected) {
    assertThat(described(text, "2025-05-02")).as(text).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "In 2022, a year before the summit, the two sides began talks.|a year before",
      "The shells arrived a month before his visit in 2024.|a month before",
  })
  void aPrepositionIsNoDate(String text, String phrase) {
    assertThat(described(text, "2025-05-02")).noneMatch(d -> d.startsWith("DATE " + phrase));
  }
}
