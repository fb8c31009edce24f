package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.mentions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates that lean on another day: dotted 보도자료 dates, counted day words (전날, "the next day"),
 * bare days that take the month of the date before them, parts of a year. Each row: the text, the
 * document date, then the DATE mentions expected ("text=value" joined by "; ").
 */
class DateContextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // dotted dates of a 보도자료
      "외교부는 5.29.(목) 보고서를 발표하였습니다.|2025-05-29|5.29.(목)=2025-05-29",
      "팀은 2024.10.16. 출범하였습니다.|2025-05-29|2024.10.16.=2024-10-16",
      "위원회는 '24.10.16 회의를 열었다.|2025-05-29|24.10.16=2024-10-16",
      "회담은 10.16(수) 열렸다.|2024-10-20|10.16(수)=2024-10-16",
      "보고서는 5.29. 공개되었습니다.|2025-06-02|5.29.=2025-05-29",
      "1.2. 추진 배경|2025-06-02|",
      // counted from a day the text names, else from the document's day
      "라브로프 장관은 11일 원산에 도착했다. 그는 전날 평양을 거쳤다.|2025-07-12|11일=2025-07-11; 전날=2025-07-10",
      "북한은 전날 탄도미사일을 발사했다.|2025-07-12|전날=2025-07-11",
      "쇼이구 서기는 지난달 17일 방북했다. 그는 이튿날 귀국했다.|2025-07-12|지난달 17일=2025-06-17; 이튿날=2025-06-18",
      "회담은 3일 열렸고 다음 날 공동성명이 나왔다.|2025-09-05|3일=2025-09-03; 다음 날=2025-09-04",
      "합참은 사흘 전 발사를 포착했다고 밝혔다.|2025-07-12|사흘 전=2025-07-09",
      "합참은 3일 전 발사를 포착했다고 밝혔다.|2025-07-12|3일 전=2025-07-09",
      "정상회담은 6월 19일 열렸고 10일 뒤 조약이 공개됐다.|2025-07-12|6월 19일=2025-06-19; 10일 뒤=2025-06-29",
      "The drills began on May 2. Ten days later, missiles flew.|2025-07-12|May 2=2025-05-02; Ten days later=2025-05-12",
      "The drills began on May 2 and ended 12 days later.|2025-07-12|May 2=2025-05-02; 12 days later=2025-05-14",
      "북한은 11일 발사했고 전일 예고했다.|2025-07-12|11일=2025-07-11; 전일=2025-07-10",
      "회담은 5일 열렸다. 하루 뒤 양측은 합의문을 냈다.|2025-07-12|5일=2025-07-05; 하루 뒤=2025-07-06",
      "Kim met Putin on June 19. Officials signed papers the same day.|2024-06-21|June 19=2024-06-19; the same day=2024-06-19",
      "전일제 근무가 도입됐다.|2025-07-12|",
      "정상회담은 4월 25일 열렸다. 같은 날 만찬이 있었다.|2025-07-12|4월 25일=2025-04-25; 같은 날=2025-04-25",
      "국방부는 그제 훈련을 마쳤다고 밝혔다.|2025-07-12|그제=2025-07-10",
      // 이날 is left out: in news it repeats the lead's day, and as a date it gave the facts stage
      // a second report of the same briefing (eval ko_troop_dispatch)
      "국정원은 18일 파병을 발표했다. 국정원은 이날 사진도 공개했다.|2024-10-19|18일=2024-10-18",
      "국방부는 어제 밝혔고 오늘 다시 발표했다.|2025-07-12|어제=2025-07-11; 오늘=2025-07-12",
      "오늘날 북러 관계는 밀착되었다.|2025-07-12|",
      "Kim arrived on June 18. He met Putin the next day.|2024-06-20|June 18=2024-06-18; the next day=2024-06-19",
      "The SBU said the soldiers were captured the previous day.|2025-01-12|the previous day=2025-01-11",
      "The talks ended on Tuesday. Two days later, the envoy left.|2025-01-12|Tuesday=2025-01-07; Two days later=2025-01-09",
      "Missiles were fired on March 3. A week earlier, drills had begun.|2025-03-20|March 3=2025-03-03; A week earlier=2025-02-24",
      "The ministers met today and spoke yesterday.|2025-02-15|today=2025-02-15; yesterday=2025-02-14",
      "He left the day before the summit.|2025-02-15|",
      "Talks ended the day before yesterday.|2025-02-15|the day before yesterday=2025-02-13",
      "The next day, officials met.|2025-02-15|",
      // a day word beside the day it stands for gives way to it
      "북한은 4월 28일 파병을 인정했다. 김 위원장은 이틀 전인 26일 회의를 열었다.|2025-06-28|4월 28일=2025-04-28; 26일=2025-04-26",
      "The ministry said so on April 26. Two days later, on April 28, Kim spoke.|2025-06-28|April 26=2025-04-26; April 28=2025-04-28",
      // a bare day: the month of the date before it in the sentence or the one before
      "북한은 4월 28일 파병을 인정했고 26일 회의를 열었다.|2025-06-28|4월 28일=2025-04-28; 26일=2025-04-26",
      "외교부는 12일 밝혔다.|2025-07-12|12일=2025-07-12",
      "지난 6월 평양에서 체결한 조약이 4일 발효됐다.|2024-12-05|지난 6월=2024-06; 4일=2024-12-04",
      "외교부는 26일 밝혔다.|2025-07-12|26일=2025-06-26",
      "The deal was signed on June 19. Officials met again on the 26th, the ministry said.|2024-07-02|June 19=2024-06-19; 26th=2024-06-26",
      "`북한은 4월 28일 파병을 인정했다.\n\n라브로프 장관은 11일 원산에 도착했다.`|2025-07-12|4월 28일=2025-04-28; 11일=2025-07-11",
      // parts of a year, at their year
      "North Korea sent troops last fall.|2025-01-12|last fall=2024",
      "The envoy visited last summer.|2025-11-20|last summer=2025",
      "Talks resume this spring.|2025-02-15|this spring=2025",
      "The plan was drafted in the spring of 2024.|2025-02-15|the spring of 2024=2024",
      "Prices fall in spring.|2025-02-15|",
      "북한은 지난해 가을 파병했다.|2025-07-12|지난해 가을=2024",
      "올봄 협상이 재개됐다.|2025-07-12|올봄=2025",
      "하반기에 추가 파병이 예상된다.|2025-07-12|하반기=2025",
      "연말까지 협정을 타결한다.|2025-07-12|연말=2025",
      "It began in early 2024 and grew late last year.|2025-07-12|2024=2024; last year=2024",
      // a span is not a date
      "두 정상은 4년 만에 다시 만났다.|2025-07-12|",
      "6년 만의 북중 정상회담이 열렸다.|2025-09-04|",
      "4년 전에 합의했다.|2025-07-12|4년 전에=2021",
  })
  void leaningDates(String text, String date, String expected) {
    String found = String.join("; ", mentions(text, date).stream()
        .filter(m -> m.type() == EntityType.DATE).map(m -> m.text() + "=" + m.value()).toList());
    assertThat(found).isEqualTo(expected == null ? "" : expected);
  }
}
