package org.axiswatch.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The key merges exactly what the spelling systems blur, and no more. */
class PhoneticKeyTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(textBlock = """
      정, COG
      Jong, COG
      Jeong, COG
      Jung, COG
      Chung, COG
      은, ON
      Un, ON
      Eun, ON
      철, COL
      Ch'ŏl, COL
      Chul, COL
      리, I
      이, I
      Rhee, I
      Yi, I
      로, NO
      노, NO
      Roh, NO
      룡, YOG
      Ryong, YOG
      Young, YOG
      희, HI
      Hui, HI
      Hee, HI
      최, CWE
      Choi, CWE
      Chwe, CWE
      순남, SONAM
      Thae, TE
      Ahn, AN
      """)
  void keys(String part, String key) {
    assertThat(PhoneticKey.of(part).key()).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource(textBlock = """
      정, 전
      Jong, Jon
      은, 일
      Chol, Sung
      Kang, Kwang
      """)
  void distinctionsTheSpellingsKeepAreKept(String a, String b) {
    assertThat(PhoneticKey.of(a).key()).isNotEqualTo(PhoneticKey.of(b).key());
  }
}
