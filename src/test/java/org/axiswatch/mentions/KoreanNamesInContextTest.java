package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.described;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names no gazetteer lists, found by a title with a state and its body between (news sentences
 * written for this test). */
class KoreanNamesInContextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "알렉산드르 베니딕토프 러시아 안보회의 부서기는 17일 평양에 도착했다.|알렉산드르 베니딕토프",
      "그는 박명호 북한 외무성 부상과 회담했다.|박명호",
      "안드레이 마투셉스키 주한 러시아 대사는 이날 기자들과 만났다.|마투셉스키",
      "이고르 브루트스키 러시아 국방부 차관은 이날 평양을 찾았다.|브루트스키"})
  void aNameBeforeAStateAndItsBody(String sentence, String want) {
    assertThat(described(sentence, "2025-06-18"))
        .anyMatch(d -> d.startsWith("PERSON ") && d.contains(want + "=person:"));
  }

  @org.junit.jupiter.api.Test
  void aPairOfStatesNamesNoBody() {
    assertThat(described("지난 18일 평양에서 북러 정부간위원회 회의가 열렸다.", "2024-11-22"))
        .noneMatch(d -> d.startsWith("ORG 러 "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "방문해 러시아 국방장관과 회담했다.",
      "대표단을 보내 러시아 외무성 차관과 만났다."})
  void aVerbBeforeAStateIsNoName(String sentence) {
    assertThat(described(sentence, "2025-06-18")).noneMatch(d -> d.startsWith("PERSON"));
  }
}
