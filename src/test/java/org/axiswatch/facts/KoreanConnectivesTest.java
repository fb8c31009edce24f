package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the connectives ClauseBreaks takes from KoreanConnectives break a sentence, and where not. */
class KoreanConnectivesTest {
  private static List<String> clauses(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (ClauseBreaks.at(text, i, 0, text.length())) {
        out.add(text.substring(from, i + 1).trim());
        from = i + 1;
      }
    }
    out.add(text.substring(from).trim());
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "최 외무상은 1일 라브로프 장관을 만났고 4일 푸틴 대통령과 회담했다.|2",
      "김 위원장은 이달 초 원산을 방문한 데 이어 지난 25일 조선소를 찾았다.|2",
      "양측은 1일 회담한 뒤 4일 공동성명을 냈다.|2",
      "김 위원장은 1일 평양에서 출발하여 2일 오후 베이징에 도착했다.|2",
      "두 정상은 정상회담을 가진 뒤 조약에 서명했다.|1",
      "북한은 10년 뒤 교역을 두 배로 늘린다.|1",
      "발사 2시간 후 궤도 진입을 발표했다.|1",
      "그는 평양을 방문해 김 위원장을 만났다.|1"})
  void breaksOnlyBeforeAClauseOfItsOwnDate(String sentence, int count) {
    assertThat(clauses(sentence)).as(sentence).hasSize(count);
  }
}
