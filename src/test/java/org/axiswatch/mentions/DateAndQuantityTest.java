package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.mentions;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates against a document dated 14 September 2023 (a Thursday), and amounts with units. */
class DateAndQuantityTest {
  private static final String DATE = "2023-09-14";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "발표일은 2023. 9. 14.(목)이다|2023. 9. 14.(목)|2023-09-14",
      "9.4(월) 보도가 나왔다|9.4(월)|2023-09-04",
      "9.23(토) 개막하는 대회|9.23(토)|2023-09-23",
      "정상은 9월13일 만났다|9월13일|2023-09-13",
      "행사(7.27 ‘전승절’)를 열었다|7.27|2023-07-27",
      "2020.1月 이후 중단됐다|2020.1月|2020-01",
      "2012년에 건설했다|2012년|2012",
      "2024년 11월 5일 대선|2024년 11월 5일|2024-11-05",
      "지난 3월 해킹했다|지난 3월|2023-03",
      "지난해 2월 침공했다|지난해 2월|2022-02",
      "지난 8월에도 쏘았다|지난 8월|2023-08",
      "지난 9월 발사했다|지난 9월|2022-09",
      "11월에 다시 만난다|11월|2022-11",
      "4년 5개월 전에 회담했다|4년 5개월 전에|2019-04",
      "3년 전에 중단됐다|3년 전에|2020",
      "외교부는 12일 밝혔다|12일|2023-09-12",
      "He said so last month.|last month|2023-08",
      "It was tested earlier this year.|earlier this year|2023",
      "They met on September 13, 2023, in Amur.|September 13, 2023|2023-09-13",
      "They met on 13 Sept 2023 in Amur.|13 Sept 2023|2023-09-13",
      "The base was built in 2012 by Russia.|2012|2012",
      "Talks resumed in March after a pause.|March|2023-03",
      "The envoy said on Tuesday that talks would go on.|Tuesday|2023-09-12",
      "Kim arrived on Thursday morning.|Thursday|2023-09-14",
      "The ministry protested last Thursday.|last Thursday|2023-09-07",
      "Talks resume next Monday in Seoul.|next Monday|2023-09-18",
      "The agency reported yesterday that ships left.|yesterday|2023-09-13",
      "A spokesman said last week that no deal was made.|last week|2023-09",
      "국방부는 어제 밝혔다|어제|2023-09-13",
      "지난주 회담이 열렸다|지난주|2023-09",
      "지난달 27일 발사했다|지난달 27일|2023-08-27",
      "The total would reach 10,000 by December.|December|2023-12",
      "Talks resume next March.|March|2024-03",
      "It had sent 3,000 by August.|August|2023-08",
      "지난해 11월 23일 보고했다|지난해 11월 23일|2022-11-23",
      "올해 3월 2일 만났다|올해 3월 2일|2023-03-02",
  })
  void datesAtTheirPrecision(String text, String span, String iso) {
    assertThat(mentions(text, DATE)).filteredOn(m -> m.type() == EntityType.DATE)
        .extracting(m -> m.text() + "=" + m.value()).containsExactly(span + "=" + iso);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "비축 탄약은 100만톤 정도|100만톤 정도|1000000 t ~",
      "공식 수행원은 14명이다|14명|14 person",
      "4시간의 회담|4시간|4 h",
      "탈북민 2,600여명의 한국행|2,600여명|2600 person ~",
      "40초간 악수했다|40초|40 s",
      "약 1만1천여명이 파병됐다|약 1만1천여명|11000 person ~",
      "최소 3억 5천만 달러를 벌었다|최소 3억 5천만 달러|350000000 USD >=",
      "Shipments reached 500,000 barrels in May.|500,000 barrels|500000 bbl",
      "Pyongyang sent more than 1 million shells.|more than 1 million shells|1000000 shell >=",
  })
  void quantitiesWithUnitsAndApproximation(String text, String span, String value) {
    assertThat(mentions(text, DATE)).filteredOn(m -> m.type() == EntityType.QUANTITY)
        .extracting(m -> m.text() + "=" + m.value()).containsExactly(span + "=" + value);
  }

  @ParameterizedTest
  @CsvSource({"3원칙을 지켰다", "1분기 실적", "성장률 2.5%포인트", "버전 3.14 배포", "1990년대 후반"})
  void numbersThatAreNeitherDatesNorQuantitiesOfInterest(String text) {
    List<Mention> ms = mentions(text, DATE);
    assertThat(ms).noneMatch(m -> m.type() == EntityType.DATE);
    assertThat(ms).noneMatch(m -> m.text().contains("원") || m.text().contains("분"));
  }
}
