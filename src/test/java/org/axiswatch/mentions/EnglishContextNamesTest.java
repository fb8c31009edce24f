package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.described;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English names the gazetteer lacks, found by what stands around them in wires, commentaries and
 * testimony: appositions naming a role, speech verbs, ranks, outlets named by their last word,
 * places and sites typed by a lower-case word, warships after their type, a known weapon's
 * variant the gazetteer lacks (Pantsir-M is not Pantsir). Each row gives the
 * mentions that must be found ("TYPE text") and, after "|", prefixes that must not be.
 */
class EnglishContextNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "The troops gained combat experience, said Choi Min-seo, a researcher at the Korea Institute "
          + "for National Unification.|PERSON Choi Min-seo|-",
      "Ellen Park, a senior fellow with the Atlantic Council, said the shipments went on.|"
          + "PERSON Ellen Park; ORG Atlantic Council|-",
      "Harold Brenner told lawmakers the deliveries had doubled since spring.|PERSON Harold Brenner|-",
      "The trend will continue, according to Sofia Marchetti.|PERSON Sofia Marchetti|-",
      "Lt. Col. Andriy Melnyk, a spokesperson for the unit, confirmed the capture.|"
          + "PERSON Andriy Melnyk|PERSON Lt",
      "Rep. Joe Wilson and Sen. Roger Wicker urged new sanctions.|"
          + "PERSON Joe Wilson; PERSON Roger Wicker|PERSON Joe Wilson and",
      "Daniel Whitfield is a senior fellow at the Center for a New American Security.|"
          + "PERSON Daniel Whitfield|-",
      "Tatiana Koval reported from Kyiv.|PERSON Tatiana Koval|-",
      "Melnyk reported from Kyiv and Park from Seoul. Associated Press writer Olga Shevchuk in "
          + "Kyiv contributed.|PERSON Melnyk; PERSON Olga Shevchuk|-",
      "SEOUL, May 2, 2025 (Asia Wire News) -- The North fired two missiles.|ORG Asia Wire News|-",
      "North Korean workers were sent to the Krasnoyarsk region last year.|"
          + "LOC Krasnoyarsk region|-",
      "The destroyer Kang Kon was relaunched at the Chongjin shipyard.|"
          + "FAC Chongjin shipyard|-",
      "The frigate Admiral Gorshkov sailed past the coast.|WEAPON frigate Admiral Gorshkov|PERSON",
      "Tuesday Morning Briefing: Last Year's Report Was Released, Officials Said.|-|PERSON; ORG",
      "In March, Seoul said so. Monday's session ended early.|-|PERSON; ORG",
      "The new destroyer carries a Pantsir-M close-in air-defence mount.|WEAPON Pantsir-M|-",
      "Russia moved a Pantsir-S1 battery to the coast.|WEAPON Pantsir-S1|WEAPON Pantsir-S1-",
  })
  void findsANameByItsContext(String text, String expected, String forbidden) {
    List<String> got = described(text, "2025-05-02").stream()
        .map(d -> d.substring(0, d.indexOf('='))).toList();
    if (expected != null) {
      for (String e : expected.split("; ")) {
        assertThat(got).as(text).contains(e);
      }
    }
    if (forbidden != null) {
      for (String f : forbidden.split("; ")) {
        assertThat(got).as(text).noneMatch(g -> g.startsWith(f));
      }
    }
  }
}
