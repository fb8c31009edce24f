package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulSpellingTest {
  @ParameterizedTest
  @CsvSource({
      "리병철, 이병철",
      "최룡해, 최용해",
      "리영길, 이영길",
      "류경, 유경",
      "량강도, 양강도",
      "로동신문, 노동신문",
  })
  void northernSpellingGivesTheSouthern(String north, String south) {
    assertThat(HangulSpelling.variants(north)).contains(north, south);
  }

  @ParameterizedTest
  @CsvSource({"이병철, 리병철", "노광철, 로광철", "임천일, 림천일", "유성남, 류성남"})
  void southernSurnameGivesTheNorthern(String south, String north) {
    assertThat(HangulSpelling.variants(south)).contains(south, north);
  }

  @ParameterizedTest
  @CsvSource({"김정은", "박정천", "강순남"})
  void namesWithoutTheRuleStayOne(String name) {
    assertThat(HangulSpelling.variants(name)).containsExactly(name);
  }
}
