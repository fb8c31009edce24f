package org.axiswatch.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every pair of spellings of one person matches; different names never do. */
class NameMatcherTest {
  private final NameMatcher matcher = new NameMatcher();

  /** Same-person rows: every spelling against every other spelling of the row. */
  private static final String[][] SAME = {
      {"김정은", "Kim Jong Un", "Kim Jong-un", "Gim Jeong-eun"},
      {"김정일", "Kim Jong Il", "Kim Jong-il", "Gim Jeong-il"},
      {"김일성", "Kim Il Sung", "Kim Il-sung", "Gim Il-seong"},
      {"김여정", "Kim Yo Jong", "Kim Yo-jong", "Gim Yeo-jeong"},
      {"리병철", "이병철", "Ri Pyong Chol", "Ri Pyong-chol", "Lee Byong-chol", "I Byeong-cheol",
          "RI PYONG CHUL", "Ri Pyo’ng-ch’o’l"},
      {"박정천", "Pak Jong Chon", "Park Jung-chun", "Bak Jeong-cheon"},
      {"강순남", "Kang Sun Nam", "Kang Sun-nam", "Gang Sun-nam"},
      {"최선희", "Choe Son Hui", "Choi Sun-hee", "Choe Seon-hui"},
      {"최룡해", "최용해", "Choe Ryong Hae", "Choi Ryong-hae"},
      {"리영길", "이영길", "Ri Yong Gil", "Lee Yong-gil", "Ri Yong-kil"},
      {"노광철", "로광철", "No Kwang Chol", "Ro Kwang Chol"},
      {"김영철", "Kim Yong Chol", "Kim Yong-chol", "Gim Yeong-cheol"},
      {"윤석열", "Yoon Suk Yeol", "Yoon Suk-yeol", "Yun Seok-yeol"},
      {"한덕수", "Han Duck-soo", "Han Deok-su"},
      // order, capitals, running together (romanization.md section 4)
      {"Kim Jong Un", "Jong Un Kim", "KIM Jong Un", "Kim Jongun", "Jong-un KIM"},
      {"Kim Il Sung", "Kim Il Song"},
      {"Kim Chŏng-ŭn", "Kim Jong Un", "김정은"},
      {"Ch'oe Ryong-hae", "Choe Ryong Hae"},
      {"Jang Song Thaek", "Chang Sung-taek", "장성택"},
      {"O Kuk Ryol", "Oh Geuk-ryeol", "오극렬"},
      {"Vladimir Vladimirovich Putin", "Vladimir Putin", "Putin, Vladimir", "PUTIN Vladimir Vladimirovich"},
      {"Xi Jinping", "Xi Jin Ping", "Jinping Xi"},
  };

  private static final String[][] DIFFERENT = {
      {"Kim Jong Un", "Kim Jong Il"},
      {"김정은", "김정일"},
      {"Kim Il Sung", "Kim Il Chol"},
      {"Kim Jong Un", "Kim Jong"},
      {"Kim Jong Un", "Kim Jong Nam"},
      {"Ri Pyong Chol", "Ri Yong Gil"},
      {"Choe Son Hui", "Choe Ryong Hae"},
      {"Kim Yo Jong", "Kim Yong Chol"},
      {"Pak Jong Chon", "Pak Pong Ju"},
      {"Kim Jong Un", "Kim Yong Un"},
      {"Kim Yong Chol", "Kim Yong Chun"},
      {"Sergei Viktorovich Lavrov", "Sergei Shoigu"},
      {"Kim Jong Un", "Kim Jong Un Chol"},
  };

  static Stream<Arguments> samePairs() {
    List<Arguments> out = new ArrayList<>();
    for (String[] row : SAME) {
      for (int i = 0; i < row.length; i++) {
        for (int j = i + 1; j < row.length; j++) {
          out.add(Arguments.of(row[i], row[j]));
        }
      }
    }
    return out.stream();
  }

  static Stream<Arguments> differentPairs() {
    return Stream.of(DIFFERENT).map(p -> Arguments.of(p[0], p[1]));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("samePairs")
  void spellingsOfOnePersonMatch(String a, String b) {
    NameMatch m = matcher.match(a, b);
    assertThat(m.match()).as(m.why()).isTrue();
    assertThat(matcher.match(b, a).score()).isEqualTo(m.score());
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @MethodSource("differentPairs")
  void differentNamesDoNotMatch(String a, String b) {
    NameMatch m = matcher.match(a, b);
    assertThat(m.match()).as(m.why()).isFalse();
  }

  @Test
  void explanationNamesTheRules() {
    NameMatch m = matcher.match("이병철", "RI PYONG CHUL");
    assertThat(m.why()).contains("initial-sound rule").contains("surname");
  }

  @Test
  void typoInLongGivenNameStillMatchesButScoresLower() {
    NameMatch exact = matcher.match("Muhammad Taher Anwari", "Anwari Muhammad Taher");
    NameMatch typo = matcher.match("Muhammad Taher Anwari", "Muhammad Taher Anwary");
    assertThat(exact.match()).isTrue();
    assertThat(typo.score()).isLessThan(exact.score());
  }
}
