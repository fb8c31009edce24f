package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An undated past-tense event of a news report takes the dateline's day; a brief's does not. */
class NewsDayTest {

  private static FactDoc news(String line) {
    return FactDoc.of("2024-03-08", line)
        .date("in 2019", "2019").date("3일", "2024-03-03").date("지난해 11월", "2023-11")
        .date("on Tuesday", "2024-03-05").date("last month", "2024-02")
        .date("March 8", "2024-03-08").date("Monday", "2024-03-04");
  }

  static Stream<Arguments> dated() {
    return Stream.of(
        Arguments.of("The defense ministers met at the border post for two hours.", "MEETING 2024-03-08"),
        Arguments.of("Lavrov flew to Pyongyang with a large delegation.", "VISIT 2024-03-08"),
        Arguments.of("The two governments signed the fisheries accord in the capital.", "POLICY 2024-03-08"),
        Arguments.of("양국 국방장관은 국경 초소에서 두 시간 동안 회담을 가졌다.", "MEETING 2024-03-08"),
        Arguments.of("러시아 외무장관은 대표단을 이끌고 평양을 방문했다.", "VISIT 2024-03-08"),
        Arguments.of("통일부는 북측의 주장을 반박하는 입장을 밝혔다.", "STATEMENT 2024-03-08"),
        // its own date still wins
        Arguments.of("North Korea launched a cruise missile on Tuesday.", "LAUNCH 2024-03-05"),
        Arguments.of("북한은 3일 순항미사일을 발사했다.", "LAUNCH 2024-03-03"),
        // triggers a wire report uses
        Arguments.of("A drone hit a fuel depot in Belgorod on Tuesday.", "MILITARY_ACTION 2024-03-05"),
        Arguments.of("Three tankers began loading at the terminal on Tuesday.", "TRANSFER 2024-03-05"),
        Arguments.of("Britain announced new sanctions on the tankers on Tuesday.", "POLICY 2024-03-05"),
        Arguments.of("The White House raised the alarm Monday.", "STATEMENT 2024-03-04"),
        Arguments.of("Satellite images published on Tuesday showed six tankers.", "REPORT 2024-03-05"),
        Arguments.of("합참의장은 3일 긴급 작전회의를 소집했다.", "MEETING 2024-03-03"),
        // the dateline is the filing day, not the date of a predicate with its own
        Arguments.of("SEOUL, March 8 (Yonhap) -- A rocket that hit the port of Odesa on Tuesday was "
            + "North Korean.", "MILITARY_ACTION 2024-03-05"),
        Arguments.of("SEOUL, March 8 (Yonhap) -- The two ministers held talks in Moscow.",
            "MEETING 2024-03-08"),
        Arguments.of("외교부는 이같은 입장을 밝혔습니다.", "STATEMENT 2024-03-08"),
        Arguments.of("Putin said the treaty was a breakthrough.", "STATEMENT 2024-03-08"));
  }

  @ParameterizedTest
  @MethodSource("dated")
  void anUndatedPastEventOfTheNewsHappenedOnTheDatelinesDay(String sentence, String expected) {
    assertThat(FactProbe.events(news(sentence))).extracting(EventFinderTest::show)
        .containsExactly(expected);
  }

  static Stream<Arguments> undated() {
    return Stream.of(
        // an earlier time named in the sentence, a past perfect, a future, a present
        Arguments.of("He first met the leader in 2019, and the two held talks in Vladivostok for three hours."),
        Arguments.of("Officials believe Pyongyang had launched the satellite with Russian help."),
        Arguments.of("The ministers are expected to meet at the border post."),
        Arguments.of("The foreign minister visits Pyongyang regularly."),
        Arguments.of("The economy was hit by sanctions."),
        // a Korean sentence that does not close in the past
        Arguments.of("양국 국방장관은 국경 초소에서 회담을 가질 예정이다."),
        // said before the news day
        Arguments.of("앞서 우크라이나 정보당국은 북한군이 전선에 배치됐다고 주장했다."),
        // officials, analysts: a speaker the wire names by no name
        Arguments.of("Officials who spoke to reporters said nothing new."));
  }

  @ParameterizedTest
  @MethodSource("undated")
  void otherEventsGetNoDayFromTheDateline(String sentence) {
    assertThat(FactProbe.events(news(sentence))).extracting(Event::date)
        .allMatch(d -> d == null || !d.toString().equals("2024-03-08"));
  }

  @Test
  void theNextDayCountsFromTheLastDatedEvent() {
    FactDoc en = FactDoc.of("2024-03-08",
        "Lavrov visited Pyongyang on Tuesday.",
        "The next day he met the North's foreign minister.")
        .date("on Tuesday", "2024-03-05");
    assertThat(FactProbe.events(en)).extracting(EventFinderTest::show)
        .containsExactly("VISIT 2024-03-05", "MEETING 2024-03-06");
    FactDoc ko = FactDoc.of("2024-03-08",
        "러시아 외무장관은 3일 평양을 방문했다.",
        "그는 이튿날 북한 외무상과 회담을 가졌다.")
        .date("3일", "2024-03-03");
    assertThat(FactProbe.events(ko)).extracting(EventFinderTest::show)
        .containsExactly("VISIT 2024-03-03", "MEETING 2024-03-04");
    FactDoc brief = FactDoc.of("2024-03-08",
        "□ 3일 순항미사일 발사",
        "- 조선중앙통신은 이튿날 신형 순항미사일 시험발사에 성공했다고 보도")
        .date("3일", "2024-03-03");
    assertThat(FactProbe.events(brief)).extracting(EventFinderTest::show)
        .contains("REPORT 2024-03-04");
  }

  @Test
  void aBulletedBriefsUndatedBackgroundIsNoEvent() {
    FactDoc brief = FactDoc.of("2024-03-08",
        "□ 북러 군사협력 동향",
        "- 양국 국방장관은 국경 초소에서 두 시간 동안 회담을 가졌다.",
        "- 러시아 외무장관은 대표단을 이끌고 평양을 방문했다.",
        "- 북한은 3일 순항미사일을 발사했다.")
        .date("3일", "2024-03-03");
    assertThat(FactProbe.events(brief)).extracting(EventFinderTest::show)
        .containsExactly("LAUNCH 2024-03-03");
  }

  @Test
  void aSpeechVerbAfterItsContentDoesNotTakeTheContentsDate() {
    assertThat(FactProbe.events(news(
        "Moscow delivered a second batch of trucks last month, the Yonhap news agency reported.")))
        .extracting(EventFinderTest::show).contains("REPORT 2024-03-08")
        .doesNotContain("REPORT 2024-02");
  }
}
