package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English triggers as wires and commentaries write them: a leader watching a launch, a ship
 * relaunched or unveiled, a mandate that lapsed, departures, released footage, a noun with its
 * date after it ("the failed launch in May 2024", where May is the month, not a modal).
 */
class EnglishEventTest {

  /** A sentence, a date surface with its value, and the event it must give. */
  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of("Kim Jong Un watched the test-firing of new cruise missiles on Saturday.",
            "Saturday", "2025-06-14", "LAUNCH 2025-06-14"),
        Arguments.of("Kim oversaw the launch of two ballistic missiles on Saturday, KCNA said.",
            "Saturday", "2025-06-14", "LAUNCH 2025-06-14"),
        Arguments.of("Kim guided the launch of a new hypersonic missile on Jan. 6.",
            "Jan. 6", "2025-01-06", "LAUNCH 2025-01-06"),
        Arguments.of("North Korea relaunched the destroyer on June 12 after it capsized.",
            "June 12", "2025-06-12", "LAUNCH 2025-06-12"),
        Arguments.of("North Korea unveiled a new 5,000-ton destroyer on April 25.",
            "April 25", "2025-04-25", "LAUNCH 2025-04-25"),
        Arguments.of("The mandate of the UN sanctions monitors lapsed in April 2024.",
            "April 2024", "2024-04", "EVENT 2024-04"),
        Arguments.of("The monitors, whose mandate ended in April 2024, had tracked the ships.",
            "April 2024", "2024-04", "EVENT 2024-04"),
        Arguments.of("Ukrainian forces captured two North Korean soldiers in Kursk on Jan. 9.",
            "Jan. 9", "2025-01-09", "MILITARY_ACTION 2025-01-09"),
        Arguments.of("Choe departed for Moscow on Nov. 1, 2024.",
            "Nov. 1, 2024", "2024-11-01", "VISIT 2024-11-01"),
        Arguments.of("Ukraine released a video of two captured soldiers on Jan. 12.",
            "Jan. 12", "2025-01-12", "REPORT 2025-01-12"),
        Arguments.of("North Korea's failed satellite launch in May 2024 set back the program.",
            "May 2024", "2024-05", "LAUNCH 2024-05"),
        Arguments.of("Since a failed launch in May 2024, the program has stalled.",
            "May 2024", "2024-05", "LAUNCH 2024-05"),
        Arguments.of("In a statement carried by state media on April 28, the commission "
            + "confirmed that troops had fought abroad.", "April 28", "2025-04-28",
            "STATEMENT 2025-04-28"),
        Arguments.of("Putin received North Korean Foreign Minister Choe Son Hui in the Kremlin on "
            + "Nov. 4, 2024.", "Nov. 4, 2024", "2024-11-04", "MEETING 2024-11-04"),
        Arguments.of("The foreign ministers released a joint statement on Feb. 15.",
            "Feb. 15", "2025-02-15", "STATEMENT 2025-02-15"),
        Arguments.of("The statement, issued on Feb. 15, condemned the deployment.",
            "Feb. 15", "2025-02-15", "STATEMENT 2025-02-15"),
        Arguments.of("The North began sending troops abroad in October 2024.",
            "October 2024", "2024-10", "MILITARY_ACTION 2024-10"),
        Arguments.of("Trains carried shells across the border in November 2024.",
            "November 2024", "2024-11", "TRANSFER 2024-11"),
        Arguments.of("Moscow's veto in March 2024 ended the panel's work.",
            "March 2024", "2024-03", "POLICY 2024-03"),
        Arguments.of("In March 2024, Russia used its veto to end the panel.",
            "March 2024", "2024-03", "POLICY 2024-03"),
        Arguments.of("Two days later, on April 28, the commission issued a statement confirming "
            + "the order.", "April 28", "2025-04-28", "STATEMENT 2025-04-28"),
        Arguments.of("On Sunday, Zelenskyy posted a nearly three-minute video of the questioning.",
            "Sunday", "2025-06-15", "STATEMENT 2025-06-15"),
        Arguments.of("North Korea is believed to have sent about 11,000 troops to Russia last fall, "
            + "officials said.", "last fall", "2024", "MILITARY_ACTION 2024"),
        Arguments.of("The ministers condemned the deployment of DPRK troops to Russia since last "
            + "October.", "last October", "2024-10", "MILITARY_ACTION 2024-10"));
  }

  @ParameterizedTest
  @MethodSource("events")
  void findsTheEventWithItsDate(String sentence, String surface, String iso, String expected) {
    assertThat(FactProbe.events(FactDoc.of("2025-06-20", sentence).date(surface, iso)))
        .extracting(EventFinderTest::show).containsExactly(expected);
  }

  @ParameterizedTest
  @MethodSource("undated")
  void aWriterOnTheDayDatesAnIrregularPastSpeechVerbAfterItsSpeaker(String sentence) {
    assertThat(FactProbe.events(FactDoc.of("2025-06-20", sentence)))
        .extracting(EventFinderTest::show).containsExactly("STATEMENT 2025-06-20");
  }

  @ParameterizedTest
  @MethodSource("adjectives")
  void aCapturedSoldierShownOrHeldIsNoCapture(String sentence) {
    assertThat(FactProbe.events(FactDoc.of("2025-06-20", sentence).date("Sunday", "2025-06-15")))
        .extracting(EventFinderTest::show).doesNotContain("MILITARY_ACTION 2025-06-15",
            "MILITARY_ACTION 2025-06-20");
  }

  static Stream<String> adjectives() {
    return Stream.of("Ukraine shows captured soldiers in a video on Sunday.",
        "Kyiv held captured North Korean troops at a camp on Sunday.",
        "Investigators questioned two captured soldiers on Sunday.");
  }

  static Stream<String> undated() {
    return Stream.of("\"The army depends on the North,\" Putin wrote on social media.",
        "Putin wrote on his channel that the talks had gone well.");
  }
}
