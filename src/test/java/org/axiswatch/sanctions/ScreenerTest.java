package org.axiswatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Screening against the shipped UN list and a small CSV list. */
class ScreenerTest {
  private static List<ListedEntry> un;
  private static Screener screener;

  @BeforeAll
  static void load() throws Exception {
    un = ListStore.shippedUn();
    screener = new Screener(un);
  }

  @Test
  void unListHasTheDprkProgramme() {
    assertThat(un.stream().filter(e -> e.program().equals("DPRK")
        && e.kind() == ListedEntry.Kind.INDIVIDUAL)).hasSize(80);
    assertThat(un.stream().filter(e -> e.program().equals("DPRK")
        && e.kind() == ListedEntry.Kind.ENTITY)).hasSize(75);
    ListedEntry ri = un.stream().filter(e -> e.ref().equals("KPi.076")).findFirst().orElseThrow();
    assertThat(ri.listedName()).isEqualTo("RI PYONG CHUL");
    assertThat(ri.birthYears()).containsExactly(1948);
    assertThat(ri.nationalities()).containsExactly("PRK");
    assertThat(un).allSatisfy(e -> assertThat(e.names()).noneMatch(n -> n.contains("\n")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      리병철             | KPi.076
      Ri Pyong-chol     | KPi.076
      Lee Byong-chol    | KPi.076
      I Byeong-cheol    | KPi.076
      Pyong Chol Ri     | KPi.076
      Kim Jong Un       | none
      김정은             | none
      Kim Jong-un       | none
      Kim               | none
      리병철 부위원장      | KPi.076
      Marshal Ri Pyong Chol | KPi.076
      리병철부위원장       | KPi.076
      Ri                | none
      """)
  void findsListedNamesAcrossScriptsAndNothingElse(String name, String ref) {
    List<ScreeningResult> rs = screener.screen(
        ScreeningSubject.named(ListedEntry.Kind.INDIVIDUAL, name));
    if (ref == null) {
      assertThat(rs).as(name).noneMatch(ScreeningResult::match);
    } else {
      assertThat(rs).filteredOn(ScreeningResult::match)
          .extracting(r -> r.entry().ref()).containsExactly(ref);
    }
  }

  @Test
  void sameNameDifferentPersonIsToldApartOnlyByAttributes() {
    ScreeningSubject nameOnly = ScreeningSubject.named(ListedEntry.Kind.INDIVIDUAL, "Lee Byung-chul");
    ScreeningResult r = screener.screen(nameOnly).get(0);
    assertThat(r.match()).isTrue();
    assertThat(r.why()).contains("same-name different person");
    ScreeningSubject samsung = new ScreeningSubject(List.of("Lee Byung-chul"),
        ListedEntry.Kind.INDIVIDUAL, 1910, "KOR", List.of("founder of Samsung"));
    ScreeningResult other = screener.screen(samsung).get(0);
    assertThat(other.match()).isFalse();
    assertThat(other.why()).contains("birth year differs").contains("nationality differs");
    ScreeningSubject official = new ScreeningSubject(List.of("이병철"), ListedEntry.Kind.INDIVIDUAL,
        1948, "PRK", List.of("당 중앙군사위 부위원장"));
    assertThat(screener.screen(official).get(0).score()).isGreaterThan(r.score());
  }

  @Test
  void institutionsEveryStateHasMatchOnlyWhenTheStateAgrees() {
    ScreeningSubject rok = ScreeningSubject.named(ListedEntry.Kind.ENTITY, "Ministry of National Defense");
    assertThat(screener.screen(rok)).noneMatch(ScreeningResult::match);
    ScreeningSubject dprk = new ScreeningSubject(List.of("Ministry of National Defence"),
        ListedEntry.Kind.ENTITY, null, "PRK", List.of());
    assertThat(screener.screen(dprk)).filteredOn(ScreeningResult::match)
        .extracting(r -> r.entry().ref()).containsExactly("KPe.054");
    ScreeningSubject distinctive = ScreeningSubject.named(ListedEntry.Kind.ENTITY,
        "Korea Mining Development Trading Corp.");
    assertThat(screener.screen(distinctive)).filteredOn(ScreeningResult::match)
        .extracting(r -> r.entry().ref()).containsExactly("KPe.001");
  }

  @Test
  void csvListsScreenToo() throws Exception {
    String csv = """
        list,ref,kind,name,aliases,birth_years,nationalities,designations
        TEST,T-1,INDIVIDUAL,CHOE RYONG HAE,Choe Ryong-hae;최룡해,1950,Democratic People's Republic of Korea,"Vice Chairman, Workers' Party"
        TEST,T-2,ENTITY,KOREA TEST TRADING CORPORATION,,,,
        """;
    List<ListedEntry> entries = new CsvListReader().read(new StringReader(csv), "test.csv");
    Screener s = new Screener(entries);
    assertThat(s.screen(ScreeningSubject.named(ListedEntry.Kind.INDIVIDUAL, "최용해")))
        .singleElement().satisfies(r -> assertThat(r.entry().ref()).isEqualTo("T-1"));
    assertThat(s.screen(ScreeningSubject.named(ListedEntry.Kind.ENTITY,
        "Korea Test Trading Corporation"))).singleElement()
        .satisfies(r -> assertThat(r.match()).isTrue());
    assertThat(entries.get(0).designations()).containsExactly("Vice Chairman, Workers' Party");
  }
}
