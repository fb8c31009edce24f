package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verbs and constructions real articles use for visits, meetings, statements and military
 * actions, in Korean and English, with the dates they take and the events they must not make.
 */
class EventCoverageTest {

  private static FactDoc doc(String... lines) {
    return FactDoc.of("2024-06-21", lines)
        .date("18일", "2024-06-18").date("19일", "2024-06-19").date("20일", "2024-06-20")
        .date("10월", "2024-10").date("6년", "2018").date("11일", "2024-06-11")
        .date("on June 4", "2024-06-04").date("on June 17", "2024-06-17")
        .date("on Saturday", "2024-06-15").date("on Sunday", "2024-06-16")
        .date("on Monday", "2024-06-17").date("on Tuesday", "2024-06-18")
        .date("in October", "2023-10").date("next month", "2024-07")
        .date("Two days later", "2024-06-19").date("on June 20", "2024-06-20")
        .date("five years", "2019").date("in 5 years", "2019").date("5년 만에", "2019").date("6.18(화)", "2024-06-18");
  }

  static Stream<Arguments> events() {
    return Stream.of(
        // Korean verbs of visits, meetings, statements, reports
        Arguments.of("김정은은 18일 블라디보스토크에 도착해 환영 행사에 참석했다.", "VISIT 2024-06-18"),
        Arguments.of("푸틴 대통령은 19일 평양을 찾아 김정은과 회담했다.", "VISIT 2024-06-19"),
        Arguments.of("쇼이구는 19일 평양을 찾았다.", "VISIT 2024-06-19"),
        Arguments.of("북한은 19일 러시아 파병 사실을 처음으로 공식 인정했다.", "STATEMENT 2024-06-19"),
        Arguments.of("러시아는 18일 새 협의체 출범을 선언했다.", "STATEMENT 2024-06-18"),
        Arguments.of("한국과 미국은 18일 모스크바에서 전략대화를 가졌다.", "MEETING 2024-06-18"),
        Arguments.of("외교부는 19일 이같은 내용을 발표하였습니다.", "REPORT 2024-06-19"),
        Arguments.of("국정원은 19일 북한군 동향을 담은 사진을 공개했다.", "REPORT 2024-06-19"),
        Arguments.of("김정은은 19일 기자들과 만나 \"협력을 강화하겠다\"고 말했다.", "MEETING 2024-06-19"),
        Arguments.of("김정은은 19일 기자들과 만나 \"협력을 강화하겠다\"고 말했다.", "STATEMENT 2024-06-19"),
        Arguments.of("푸틴은 11일 회담 모두발언에서 \"관계가 새 단계에 올랐다\"고 말했다.", "STATEMENT 2024-06-11"),
        Arguments.of("푸틴은 11일 회담 모두발언에서 \"관계가 새 단계에 올랐다\"고 말했다.", "MEETING 2024-06-11"),
        Arguments.of("북한은 20일 특수부대 1천500명을 블라디보스토크로 수송했다.", "MILITARY_ACTION 2024-06-20"),
        Arguments.of("러시아군은 18일 우크라이나 마을을 점령했다.", "MILITARY_ACTION 2024-06-18"),
        Arguments.of("시진핑은 20일 김정은과 6년 만의 북중 정상회담을 가졌다.", "MEETING 2024-06-20"),
        Arguments.of("러시아 하원은 18일 비준안을 만장일치로 통과시켰다.", "POLICY 2024-06-18"),
        // the inflections of press releases and briefs: -하였다, -하며, -함
        Arguments.of("외교부 대변인은 19일 정례 브리핑에서 이같이 언급하였다.", "STATEMENT 2024-06-19"),
        Arguments.of("국방부는 19일 북한의 도발을 강력히 규탄하며 유감을 표했다.", "STATEMENT 2024-06-19"),
        Arguments.of("북한은 18일 신형 방사포를 전방에 배치하였다.", "MILITARY_ACTION 2024-06-18"),
        Arguments.of("18일 북한 외무성은 한미 훈련 중단을 요구함", "STATEMENT 2024-06-18"),
        // English
        Arguments.of("Putin traveled to Pyongyang on June 4 and again on June 17.", "VISIT 2024-06-04"),
        Arguments.of("Putin traveled to Pyongyang on June 4 and again on June 17.", "VISIT 2024-06-17"),
        Arguments.of("Ukraine announced the capture on Saturday of two North Korean soldiers.",
            "STATEMENT 2024-06-15"),
        Arguments.of("Seoul confirmed the deaths on Sunday.", "STATEMENT 2024-06-16"),
        Arguments.of("North Korea called the report a fabrication by hostile forces on Monday.",
            "STATEMENT 2024-06-17"),
        Arguments.of("North Korea sent thousands of troops to Russia in October.", "MILITARY_ACTION 2023-10"),
        Arguments.of("Ukrainian forces captured two North Korean soldiers on Tuesday.",
            "MILITARY_ACTION 2024-06-18"),
        Arguments.of("Russia held a ground-breaking ceremony for the bridge on Tuesday.", "EVENT 2024-06-18"),
        Arguments.of("Two days later, on June 20, the ministry issued a statement.", "STATEMENT 2024-06-20"),
        Arguments.of("Kim arrived in Moscow on Tuesday.", "VISIT 2024-06-18"),
        // a plural occasion noun after a date of an earlier clause
        Arguments.of("Seoul said on Monday that more visits were planned.", "STATEMENT 2024-06-17"),
        Arguments.of("The ministry posted a statement on Monday.", "STATEMENT 2024-06-17"),
        Arguments.of("KCNA posted a video on Sunday showing the new launcher.", "STATEMENT 2024-06-16"),
        Arguments.of("Russia and North Korea established a joint commission on Monday.", "EVENT 2024-06-17"),
        Arguments.of("The two sides launched a new shipping route on Tuesday.", "EVENT 2024-06-18"),
        Arguments.of("Russian forces launched a major offensive on Tuesday.", "MILITARY_ACTION 2024-06-18"),
        Arguments.of("Kim inspected a munitions factory on Monday.", "VISIT 2024-06-17"),
        Arguments.of("김정은은 19일 군수공장을 현지지도했다.", "VISIT 2024-06-19"),
        Arguments.of("러시아군은 18일 우크라이나 함정을 격침했다.", "MILITARY_ACTION 2024-06-18"));
  }

  @ParameterizedTest
  @MethodSource("events")
  void findsTheEventWithItsDate(String sentence, String expected) {
    assertThat(FactProbe.events(doc(sentence))).extracting(EventFinderTest::show).contains(expected);
  }

  static Stream<Arguments> notEvents() {
    return Stream.of(
        Arguments.of("시진핑은 20일 김정은과 6년 만의 북중 정상회담을 가졌다.", "MEETING 2018"),
        Arguments.of("북한은 19일 러시아 파병 사실을 처음으로 공식 인정했다.", "MILITARY_ACTION 2024-06-19"),
        Arguments.of("It was the first summit in five years.", "MEETING 2019"),
        Arguments.of("Lavrov held talks on Monday, the first such meeting in 5 years.", "MEETING 2019"),
        Arguments.of("양국은 20일 5년 만에 외교장관 회담을 열었다.", "MEETING 2019"),
        Arguments.of("해법을 19일 찾았다.", "VISIT 2024-06-19"),
        Arguments.of("The two sides launched a new shipping route on Tuesday.", "LAUNCH 2024-06-18"),
        Arguments.of("Two days later, on June 20, the ministry issued a statement.", "STATEMENT 2024-06-19"));
  }

  @ParameterizedTest
  @MethodSource("notEvents")
  void doesNotMakeTheWrongEvent(String sentence, String wrong) {
    assertThat(FactProbe.events(doc(sentence))).extracting(EventFinderTest::show).doesNotContain(wrong);
  }

  static Stream<Arguments> nothing() {
    return Stream.of(
        Arguments.of("시진핑 주석은 10월 방한할 예정이다."),
        Arguments.of("Kim is expected to visit Moscow next month."),
        Arguments.of("Russia plans to sign a new treaty next month."),
        Arguments.of("The acknowledgement appears to have opened the door to more aid."),
        Arguments.of("Koval reported from Kyiv. Lee contributed from Seoul."),
        // 발전했다 (grew) and 진전했다 (advanced) hold 전했다 (conveyed): no statement
        Arguments.of("양국 관계는 19일 이후 크게 발전했다."),
        Arguments.of("협상은 19일 진전했다."));
  }

  @ParameterizedTest
  @MethodSource("nothing")
  void plansHedgesAndCreditLinesAreNotEvents(String sentence) {
    assertThat(FactProbe.events(doc(sentence))).isEmpty();
  }

  @Test
  void aDatedBulletDatesItsUndatedSubBullets() {
    assertThat(FactProbe.events(doc("□ 6.18(화) 북러 외무장관 회동", "- 최선희는 모스크바에서 라브로프와 회담")))
        .extracting(EventFinderTest::show).contains("MEETING 2024-06-18");
  }

  @Test
  void anExplicitDateInTheClauseBeatsTheBulletAbove() {
    assertThat(FactProbe.events(doc("□ 6.18(화) 북러 외무장관 회동", "- 최선희는 19일 라브로프와 회담")))
        .extracting(EventFinderTest::show).contains("MEETING 2024-06-19");
  }
}
