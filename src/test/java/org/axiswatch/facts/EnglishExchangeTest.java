package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English exchanges as wires and think-tank papers write them: what is paid back "in return",
 * lists mixing kinds of goods, what footage showed, gifts, troops sent, hedged transfers; and
 * what is only weighed (a condition, a consideration), which is no exchange.
 */
class EnglishExchangeTest {

  /** A sentence and every exchange it must give (from>to category status), in any order. */
  static Stream<Arguments> exchanges() {
    return Stream.of(
        Arguments.of("Russia supplied air-defence equipment, electronic-warfare gear and oil to "
            + "North Korea in return for the troops, according to the NIS.",
            List.of("RUS>PRK CONVENTIONAL_ARMS REPORTED", "RUS>PRK PETROLEUM REPORTED",
                "PRK>RUS MILITARY_COOPERATION REPORTED")),
        Arguments.of("In return for the troops, Moscow gave Pyongyang air-defence systems, drone "
            + "know-how, oil and cash, officials said.",
            List.of("PRK>RUS MILITARY_COOPERATION REPORTED", "RUS>PRK CONVENTIONAL_ARMS REPORTED",
                "RUS>PRK MILITARY_COOPERATION REPORTED", "RUS>PRK PETROLEUM REPORTED",
                "RUS>PRK FINANCE REPORTED")),
        Arguments.of("North Korea shipped millions of artillery shells to Russia, receiving food and "
            + "fuel as payment.",
            List.of("PRK>RUS CONVENTIONAL_ARMS OCCURRED", "RUS>PRK FOOD REPORTED",
                "RUS>PRK PETROLEUM REPORTED")),
        Arguments.of("North Korea sent about 3,000 more soldiers to Russia in January and February.",
            List.of("PRK>RUS MILITARY_COOPERATION OCCURRED")),
        Arguments.of("Pyongyang has dispatched roughly 11,000 troops to Russia's Kursk region.",
            List.of("PRK>RUS MILITARY_COOPERATION OCCURRED")),
        Arguments.of("Russia has probably transferred drone know-how to North Korea.",
            List.of("RUS>PRK MILITARY_COOPERATION POSSIBLE")),
        Arguments.of("Moscow is believed to have provided Pyongyang with satellite technology.",
            List.of("RUS>PRK MISSILE_SPACE_TECHNOLOGY POSSIBLE")),
        Arguments.of("Russia likely supplied North Korea with anti-aircraft missiles.",
            List.of("RUS>PRK CONVENTIONAL_ARMS POSSIBLE")),
        Arguments.of("Satellite imagery showed trains carrying containers of munitions from North "
            + "Korea to Russia.", List.of("PRK>RUS CONVENTIONAL_ARMS REPORTED")),
        Arguments.of("Videos posted online showed ships carrying artillery shells from North Korea "
            + "to a Russian port.", List.of("PRK>RUS CONVENTIONAL_ARMS REPORTED")),
        Arguments.of("Russian tankers ferrying diesel to North Korea were seen on commercial "
            + "satellite imagery.", List.of("RUS>PRK PETROLEUM REPORTED")),
        Arguments.of("Putin presented Kim with a Russian-made limousine during the summit.",
            List.of("RUS>PRK INDUSTRIAL_GOODS OCCURRED")),
        Arguments.of("Russia gave North Korea more than 70 zoo animals, including a lion and two "
            + "brown bears.", List.of("RUS>PRK OTHER OCCURRED")),
        Arguments.of("Officials fear Russia may be transferring, or plan to transfer, military "
            + "technology to North Korea, including nuclear, ballistic missile and space-related "
            + "technology.", List.of("RUS>PRK MILITARY_COOPERATION POSSIBLE",
                "RUS>PRK NUCLEAR_TECHNOLOGY POSSIBLE", "RUS>PRK MISSILE_SPACE_TECHNOLOGY POSSIBLE")),
        Arguments.of("The statement condemned the deployment of North Korean troops to Russia.",
            List.of("PRK>RUS MILITARY_COOPERATION REPORTED")),
        Arguments.of("Russia and North Korea held a ground-breaking ceremony for a road bridge "
            + "across the Tumen River.", List.of("RUS>PRK JOINT_VENTURE_INFRASTRUCTURE REPORTED")),
        Arguments.of("North Korea would send 1,000 sappers and 5,000 military construction "
            + "workers to Russia.", List.of("PRK>RUS MILITARY_COOPERATION PLANNED",
                "PRK>RUS LABOUR PLANNED")),
        Arguments.of("Russia exported oil and other goods to China, including coal.",
            List.of("RUS>CHN PETROLEUM OCCURRED", "RUS>CHN INDUSTRIAL_GOODS OCCURRED")));
  }

  @ParameterizedTest
  @MethodSource("exchanges")
  void readsEachExchangeWithItsCategory(String sentence, List<String> expected) {
    assertThat(shown(FactDoc.of("2025-02-14", sentence).quantity("about 3,000 more soldiers",
        "3000 soldier"))).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Weighed, not done: a condition, a consideration, a warning of what would follow. */
  static Stream<Arguments> noExchange() {
    return Stream.of(
        Arguments.of("If South Korea were to supply weapons to Ukraine, Russia would respond, "
            + "the Kremlin said."),
        Arguments.of("Seoul would consider sending artillery shells to Ukraine, an official said."),
        Arguments.of("South Korea may consider supplying weapons to Ukraine if North Korean troops "
            + "join the fighting."),
        Arguments.of("Analysts warned that Russia could one day share nuclear technology with "
            + "North Korea if the war drags on."));
  }

  @ParameterizedTest
  @MethodSource("noExchange")
  void aConditionOrAConsiderationIsNoExchange(String sentence) {
    assertThat(shown(FactDoc.of("2025-02-14", sentence))).isEmpty();
  }

  private static List<String> shown(FactDoc doc) {
    return FactProbe.exchanges(doc).stream().map(ExchangeFinderTest::show).toList();
  }
}
