package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  @Test
  void holdsEveryUnMemberWithItsKoreanName() {
    long states = GAZETTEER.entries().stream().filter(e -> e.type() == EntityType.GPE).count();
    assertThat(states).isGreaterThanOrEqualTo(193);
    assertThat(GAZETTEER.state("PRK").forms()).contains("북한", "北", "조선민주주의인민공화국");
    assertThat(GAZETTEER.state("RUS").forms()).contains("러시아", "로씨야");
    assertThat(GAZETTEER.state("KAZ").korean()).contains("카자흐스탄");
  }

  @Test
  void isAtTheScaleOfSeveralHundredEntries() {
    assertThat(GAZETTEER.entries()).hasSizeGreaterThan(700);
    for (EntityType t : List.of(EntityType.PERSON, EntityType.ORG, EntityType.LOC, EntityType.FAC,
        EntityType.WEAPON)) {
      assertThat(GAZETTEER.entries().stream().filter(e -> e.type() == t).count())
          .as(t.name()).isGreaterThan(20);
    }
  }

  @Test
  void peopleCarryScreeningFactsAndBothSpellings() {
    GazetteerEntry ri = GAZETTEER.get("ri-pyong-chol");
    assertThat(ri.korean()).contains("리병철", "이병철");
    assertThat(ri.person().birthYear()).isEqualTo(1948);
    assertThat(ri.person().nationality()).isEqualTo("PRK");
    assertThat(ri.person().position()).contains("Central Military Commission");
  }

  @ParameterizedTest
  @CsvSource({"Kim Jong Un, kim-jong-un", "Vostochny Cosmodrome, vostochny-cosmodrome",
      "Ministry of Foreign Affairs (China), ministry-of-foreign-affairs-china",
      "Côte d'Ivoire, cote-d-ivoire"})
  void slugsFollowTheArchitecture(String name, String id) {
    assertThat(GazetteerEntry.slug(name)).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PERSON\tKim\t김\t-\t-\t-|expected at least 7",
      "PEOPLE\tKim\t김\t-\t-\t-\tsrc\t-|unknown type 'PEOPLE'",
      "GPE\tNowhere\t없음\t-\t-\t-\tsrc\t-|needs its alpha-3",
      "GPE\tNowhere\t없음\t-\tnow\t-\tsrc\t-|three capital letters",
      "ORG\tX\t엑스\t-\t-\t123\tsrc\t-|Wikidata id",
      "ORG\tX\t엑스\t-\t-\t-\t-\t-|names its source",
      "PERSON\tX\t엑스\t-\t-\t-\tsrc\tborn=85|birth year",
      "PERSON\tX\t엑스\t-\t-\t-\tsrc\theight=1|unknown attribute",
  })
  void malformedLineFailsNamingFileAndLine(String line, String problem) {
    String file = "# header\nORG\tGood Body\t좋은기관\t-\t-\t-\tsrc\t-\n" + line + "\n";
    assertThatThrownBy(() -> new Gazetteer(List.of(DataLines.read("bad.tsv", new StringReader(file)))))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("bad.tsv:3: ")
        .hasMessageContaining(problem);
  }

  @Test
  void duplicateIdFailsNamingBothPlaces() {
    String file = "ORG\tSame Name\t가\t-\t-\t-\tsrc\t-\nORG\tSame Name\t나\t-\t-\t-\tsrc\t-\n";
    assertThatThrownBy(() -> new Gazetteer(List.of(DataLines.read("dup.tsv", new StringReader(file)))))
        .hasMessage("dup.tsv:2: id 'same-name' already defined at dup.tsv:1");
  }

  @Test
  void malformedCueAndPressFilesFailToo() {
    assertThatThrownBy(() -> new Particles(DataLines.read("p.tsv", new StringReader("은\tparticle\n의\tjosa\n"))))
        .hasMessageStartingWith("p.tsv:2: ");
    assertThatThrownBy(() -> new PressFormFinder(
        DataLines.read("press.tsv", new StringReader("북\tsyllable\tXXX\n")), GAZETTEER, Particles.standard()))
        .hasMessageStartingWith("press.tsv:1: ");
    assertThatThrownBy(() -> new QuantityFinder(
        DataLines.read("units.tsv", new StringReader("톤\tt\tko\n명\tperson\tkr\n")), Particles.standard()))
        .hasMessageStartingWith("units.tsv:2: ");
  }
}
