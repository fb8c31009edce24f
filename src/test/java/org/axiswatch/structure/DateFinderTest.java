package org.axiswatch.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "2023. 9. 14.(목), 홍길동 외교안보센터 실장 | 2023-09-14",
    "2024년 3월 5일 국가안보전략연구원 | 2024-03-05",
    "입력 2023.09.14 10:32 | 2023-09-14",
    "발행일: 2023-09-13 | 2023-09-13",
    "2024/06/19 | 2024-06-19",
    "September 13, 2023 | 2023-09-13",
    "Published 13 Sept 2023, 08:00 GMT | 2023-09-13",
    "Sep 13, 2023 | 2023-09-13",
    "Sept. 13, 2023 | 2023-09-13",
    "WASHINGTON, Jan. 5th, 2024 (Reuters) | 2024-01-05",
    "2024년 6월 보고서 | 2024-06",
    "2023. 13. 40. 잘못된 날짜 | -",
    "지난 7월 방북 때 | -",
    "9.4(월) NYT 보도 | -",
    "Released in May | -"})
  void findsTheDate(String line, String expected) {
    DateFinder.Found f = DateFinder.first(line);
    assertThat(f == null ? null : f.date().toString()).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void reportsWhereTheDateIs() {
    String line = "작성: 2023. 9. 14.(목), 홍길동";
    DateFinder.Found f = DateFinder.first(line);
    assertThat(line.substring(f.start(), f.end())).isEqualTo("2023. 9. 14.(목)");
  }
}
