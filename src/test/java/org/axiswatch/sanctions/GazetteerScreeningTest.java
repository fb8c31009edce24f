package org.axiswatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Gazetteer;
import org.axiswatch.mentions.GazetteerEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision at scale: every person and organisation of the gazetteer (all names and aliases, with
 * its birth year, nationality and position) screened against the shipped UN list. The hits are
 * written to target/gazetteer-screening-hits.tsv for review; each was checked by hand against the
 * list (name, birth year, position, state), and only the hits in {@link #TRUE_HITS} are the same
 * person or body. The {@link #NAMESAKES} are reported for review as a screener must: same name,
 * same state, and nothing on either side that tells the two apart.
 */
class GazetteerScreeningTest {
  /** Gazetteer id, UN reference: verified by hand to be one person or body. */
  static final Set<String> TRUE_HITS = Set.of(
      // people: name, birth year where both give one, DPRK, and the post all agree
      "ri-pyong-chol KPi.076", "jo-yong-won KPi.043", "ri-man-gon KPi.026",
      "kim-jong-sik KPi.066", "jang-chang-ha KPi.037", "jo-chun-ryong KPi.038",
      // bodies of the DPRK state and party that the list names
      "reconnaissance-general-bureau KPe.031", "central-military-commission-wpk KPe.051",
      "munitions-industry-department-wpk KPe.028", "organisation-and-guidance-department-wpk KPe.052",
      "propaganda-and-agitation-department-wpk KPe.053", "ministry-of-national-defence-dprk KPe.054",
      "kpa-strategic-force KPe.046", "national-aerospace-technology-administration KPe.029",
      // 국방과학원: the list gives KUKPANG KWAHAK-WON as an alias of KPe.018 and SANS as one of KPe.021
      "academy-of-defence-science KPe.021", "academy-of-defence-science KPe.018",
      "second-academy-of-natural-sciences KPe.018", "second-academy-of-natural-sciences KPe.021",
      "korea-mining-development-trading-corporation KPe.001", "foreign-trade-bank-dprk KPe.047",
      "general-bureau-of-atomic-energy-dprk KPe.007", "ministry-of-atomic-energy-industry-dprk KPe.027",
      "second-economic-committee KPe.032");

  /**
   * Different people under the same name and state: KPi.023 (Kim Tong Myong, president of Tanchon
   * Commercial Bank, born 1962 or 1964) lists the alias Kim Hyok Chol, which is also the name of the
   * diplomat who led talks with the US in 2019; KPi.025 (Ko Tae Hun) lists Kim Myong Gi, one
   * letter from the former nuclear negotiator Kim Myong Gil. The gazetteer gives neither diplomat a
   * birth year, so only an analyst can clear them.
   */
  static final Set<String> NAMESAKES = Set.of("kim-hyok-chol KPi.023", "kim-myong-gil KPi.025");

  private static Screener screener;
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() throws Exception {
    screener = new Screener(ListStore.shippedUn());
    gazetteer = Gazetteer.standard();
  }

  static ScreeningSubject subject(GazetteerEntry e, Gazetteer g) {
    List<String> names = new ArrayList<>(e.forms());
    boolean person = e.type() == EntityType.PERSON;
    Integer born = person && e.person() != null ? e.person().birthYear() : null;
    List<String> position = person && e.person() != null && e.person().position() != null
        ? List.of(e.person().position()) : List.of();
    return new ScreeningSubject(names, person ? ListedEntry.Kind.INDIVIDUAL
        : ListedEntry.Kind.ENTITY, born, g.nationality(e.id()), position);
  }

  @Test
  void everyGazetteerHitIsAVerifiedTrueHit() throws Exception {
    Set<String> hits = new TreeSet<>();
    List<String> lines = new ArrayList<>();
    int screened = 0;
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORG) {
        continue;
      }
      screened++;
      for (ScreeningResult r : screener.screen(subject(e, gazetteer))) {
        if (r.match()) {
          hits.add(e.id() + " " + r.entry().ref());
          lines.add(e.id() + "\t" + r.entry().ref() + "\t" + r.entry().listedName() + "\t"
              + r.score() + "\t" + r.why());
        }
      }
    }
    Path out = Path.of("target", "gazetteer-screening-hits.tsv");
    Files.createDirectories(out.getParent());
    Files.write(out, lines, StandardCharsets.UTF_8);
    assertThat(screened).isGreaterThan(200);
    Set<String> expected = new TreeSet<>(TRUE_HITS);
    expected.addAll(NAMESAKES);
    assertThat(hits).as("hits written to " + out).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Kim Jong Un                    | INDIVIDUAL | none
      김정은                          | INDIVIDUAL | none
      Choe Ryong Hae                 | INDIVIDUAL | none
      최룡해                          | INDIVIDUAL | none
      Ri Pyong Chol                  | INDIVIDUAL | KPi.076
      Reconnaissance General Bureau  | ENTITY     | KPe.031
      정찰총국                         | ENTITY     | KPe.031
      RGB                            | ENTITY     | KPe.031
      KOMID                          | ENTITY     | KPe.001
      NIS                            | ENTITY     | none
      National Intelligence Service  | ENTITY     | none
      국가정보원                       | ENTITY     | none
      Korea Daesong Bank             | ENTITY     | KPe.035
      Korea Daesong Trading          | ENTITY     | KPe.041 KPe.042
      Korea Yonbong General Corp.    | ENTITY     | KPe.002
      Korea Lyonbong General Corporation | ENTITY  | KPe.002
      Korea Daesong Shipping         | ENTITY     | none
      Workers' Party of Korea        | ENTITY     | none
      Main Intelligence Directorate  | ENTITY     | none
      AP                             | ENTITY     | none
      MID                            | ENTITY     | KPe.028
      Heritage Foundation            | ENTITY     | none
      """)
  void namesInEitherLanguage(String name, ListedEntry.Kind kind, String ref) {
    List<String> refs = screener.screen(ScreeningSubject.named(kind, name)).stream()
        .filter(ScreeningResult::match).map(r -> r.entry().ref()).sorted().toList();
    assertThat(refs).as(name).isEqualTo(ref == null ? List.of() : List.of(ref.split(" ")));
  }
}
