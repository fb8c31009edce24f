package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventFinderTest {

  private static FactDoc doc(String... lines) {
    return FactDoc.of("2023-09-14", lines)
        .date("9월13일", "2023-09-13").date("9월 4일", "2023-09-04").date("9.5(화)", "2023-09-05")
        .date("지난해 2월", "2022-02").date("5월", "2023-05").date("지난 8월", "2023-08")
        .date("7월 15일", "2023-07-15").date("2012년", "2012").date("9.23(토)", "2023-09-23")
        .date("지난 3월", "2023-03").date("2020년 1월", "2020-01").date("7.27", "2023-07-27")
        .date("7월26일", "2023-07-26").date("지난 7월", "2023-07").date("10월", "2023-10")
        .date("Sept. 13", "2023-09-13").date("Monday", "2023-09-11").date("in March", "2023-03")
        .date("Feb. 24, 2022", "2022-02-24").date("Tuesday", "2023-09-12").date("next month", "2023-10")
        .date("last year", "2022").date("in 2012", "2012").date("Aug. 24", "2023-08-24");
  }

  static Stream<Arguments> oneEvent() {
    return Stream.of(
        Arguments.of("김정은과 푸틴은 9월13일 보스토치니 우주기지에서 정상회담을 가졌다.", "MEETING 2023-09-13"),
        Arguments.of("7월 15일 윤석열 대통령이 키이우를 전격 방문했다.", "VISIT 2023-07-15"),
        Arguments.of("7월26일 푸틴은 쇼이구 국방장관을 단장으로 하는 군사대표단을 파견.", "VISIT 2023-07-26"),
        Arguments.of("9.5(화) 설리번은 “대가를 치르게 될 것”이라 경고", "STATEMENT 2023-09-05"),
        Arguments.of("국정원은 9월 4일 국회 보고에서 쇼이구가 연합훈련을 제의한 것으로 파악했다고 밝혔다.",
            "REPORT 2023-09-04"),
        Arguments.of("북한은 5월에 이어 지난 8월에도 발사체를 쏘아 올렸지만 실패했다.", "LAUNCH 2023-05"),
        Arguments.of("북한은 5월에 이어 지난 8월에도 발사체를 쏘아 올렸지만 실패했다.", "LAUNCH 2023-08"),
        Arguments.of("지난 3월 북한 해커들의 러시아 연구소 해킹 사례가 드러났다.", "CYBERATTACK 2023-03"),
        Arguments.of("북한은 5월과 지난 8월 두 차례 정찰위성 발사에 실패했다.", "LAUNCH 2023-05"),
        Arguments.of("북한은 5월과 지난 8월 두 차례 정찰위성 발사에 실패했다.", "LAUNCH 2023-08"),
        Arguments.of("국정원은 9월 4일 북한이 포탄을 보낸 것으로 보인다고 밝혔다.", "STATEMENT 2023-09-04"),
        Arguments.of("지난해 2월 우크라 침공 이후 전쟁이 길어졌다.", "MILITARY_ACTION 2022-02"),
        Arguments.of("북한과 러시아는 10월 연합훈련을 실시했다.", "EXERCISE 2023-10"),
        Arguments.of("2020년 1월 비상방역 조치 이후 국경이 닫혔다.", "POLICY 2020-01"),
        Arguments.of("이 기지는 2012년에 건설한 곳이다.", "EVENT 2012"),
        Arguments.of("9.23(토) 개막하는 항저우 아시안 게임에 대표단을 보낸다.", "EVENT 2023-09-23"),
        Arguments.of("북한이 러시아에 탄약을 공급했다고 NYT가 9월 4일 보도했다.", "REPORT 2023-09-04"),
        Arguments.of("Kim Jong Un met Putin at the Vostochny Cosmodrome on Sept. 13.", "MEETING 2023-09-13"),
        Arguments.of("Shoigu visited Pyongyang in March to discuss arms.", "VISIT 2023-03"),
        Arguments.of("On Monday, Sullivan warned that North Korea would pay a price.", "STATEMENT 2023-09-11"),
        Arguments.of("The New York Times reported on Monday that Kim would travel to Russia.",
            "REPORT 2023-09-11"),
        Arguments.of("North Korea launched a reconnaissance satellite on Tuesday.", "LAUNCH 2023-09-12"),
        Arguments.of("North Korean hackers breached a Russian missile maker in March.", "CYBERATTACK 2023-03"),
        Arguments.of("Russia invaded Ukraine on Feb. 24, 2022.", "MILITARY_ACTION 2022-02-24"),
        Arguments.of("China and Russia held joint exercises on Monday.", "EXERCISE 2023-09-11"),
        Arguments.of("North Korea staged live-fire drills on Tuesday.", "EXERCISE 2023-09-12"),
        Arguments.of("North Korea conducted a missile test on Tuesday.", "LAUNCH 2023-09-12"),
        Arguments.of("The Security Council adopted a resolution in 2012.", "POLICY 2012"),
        Arguments.of("The cosmodrome was built in 2012.", "EVENT 2012"),
        Arguments.of("Putin pledged on Tuesday to help North Korea build satellites.", "STATEMENT 2023-09-12"),
        Arguments.of("Russia signed a defense pact with North Korea last year.", "POLICY 2022"),
        Arguments.of("The spy agency told lawmakers on Tuesday that Pyongyang had deployed 3,000 troops.",
            "STATEMENT 2023-09-12"),
        Arguments.of("Russia vetoed a resolution on Monday.", "POLICY 2023-09-11"),
        Arguments.of("The treaty entered into force on Tuesday.", "EVENT 2023-09-12"),
        Arguments.of("On Monday, Pyongyang called the report a fabrication.", "STATEMENT 2023-09-11"),
        Arguments.of("Putin landed in Pyongyang on Tuesday.", "VISIT 2023-09-12"),
        Arguments.of("조약은 9월 4일 공식 발효됐다.", "EVENT 2023-09-04"),
        Arguments.of("김정은은 9월 4일 조약을 비준했다.", "POLICY 2023-09-04"),
        Arguments.of("North Korea denied on Tuesday that it had shipped shells.", "STATEMENT 2023-09-12"),
        Arguments.of("Russia supplied fighter jets to North Korea on Aug. 24.", "TRANSFER 2023-08-24"),
        Arguments.of("북한은 9월 4일 러시아에 포탄을 공급했다.", "TRANSFER 2023-09-04"),
        Arguments.of("北은 지난 8월 러시아에 노동자를 파견했다고 NYT가 보도했다.", "TRANSFER 2023-08"),
        Arguments.of("러시아는 지난 7월 북한에 전투기를 인도했다.", "TRANSFER 2023-07"));
  }

  @ParameterizedTest
  @MethodSource("oneEvent")
  void findsTheEventWithItsDate(String sentence, String expected) {
    assertThat(FactProbe.events(doc(sentence))).extracting(EventFinderTest::show).contains(expected);
  }

  static Stream<Arguments> noEvent() {
    return Stream.of(
        Arguments.of("김정은의 해외방문도 가능한 상황이다."),
        Arguments.of("러시아가 북한에 대한 지원에 나설 경우 회담이 열릴 수도 있다."),
        Arguments.of("NYT는 “김정은이 러시아 방문을 검토 중”이라고 썼다."),
        Arguments.of("정상회담 장소를 보스토치니 우주기지로 잡았다."),
        Arguments.of("한국은 아시안 게임에 총리를 파견해 관계 개선에 활용하는 것도 필요"),
        Arguments.of("북한이 정찰위성을 배치하면 기습 능력이 커질 전망"),
        Arguments.of("이는 북-러 양측 보다 한발 빠른 보도."),
        Arguments.of("Kim could visit Russia if the talks go well."),
        Arguments.of("Officials said the summit was important."),
        Arguments.of("Kim will visit Russia next month."));
  }

  @ParameterizedTest
  @MethodSource("noEvent")
  void leavesOutWhatIsWeighedQuotedOrOnlyNamed(String sentence) {
    assertThat(FactProbe.events(doc(sentence))).isEmpty();
  }

  @Test
  void aVisitHasTheVisitorFirstAndTheHostAsPlace() {
    Event e = FactProbe.events(doc("쇼이구는 지난 7월 방북 일정을 마쳤다.")).get(0);
    assertThat(e.type()).isEqualTo(EventType.VISIT);
    assertThat(e.actors()).containsExactly("RUS", "PRK");
    assertThat(e.place()).isEqualTo("PRK");
    assertThat(e.plover().category()).isEqualTo("CONSULT");
    assertThat(e.plover().mode()).isEqualTo("visit");
  }

  @Test
  void negationGoesToThePloverContext() {
    Event denial = FactProbe.events(doc("North Korea denied on Tuesday that it had shipped shells.")).get(0);
    assertThat(denial.plover().context()).contains("negation");
    Event notLaunched = FactProbe.events(doc("북한은 9월 4일 미사일을 발사하지 않았다.")).get(0);
    assertThat(notLaunched.plover().context()).contains("negation");
  }

  @Test
  void aJointExerciseIsCooperationAndAnArmsTransferIsMilitaryAid() {
    assertThat(FactProbe.events(doc("China and Russia held joint exercises on Monday.")).get(0)
        .plover().category()).isEqualTo("COOPERATE");
    Event transfer = FactProbe.events(doc("Russia supplied fighter jets to North Korea on Aug. 24."))
        .stream().filter(e -> e.type() == EventType.TRANSFER).findFirst().orElseThrow();
    assertThat(transfer.plover().category()).isEqualTo("AID");
    assertThat(transfer.plover().context()).contains("military");
    assertThat(transfer.actors()).containsExactly("RUS", "PRK");
  }

  @Test
  void theEvidenceIsTheWholeSentenceAndActorsAreStates() {
    String s = "9.5(화) 설리번은 “북한이 무기를 러시아에 제공할 경우 대가를 치르게 될 것”이라 경고";
    Event e = FactProbe.events(doc("앞 문장이다.", s)).get(0);
    assertThat(e.text()).isEqualTo(s);
    assertThat(e.span().start()).isEqualTo("앞 문장이다.\n".length());
    assertThat(e.actors()).first().isEqualTo("USA");
  }

  @Test
  void aDateAtTheHeadOfABulletServesTheBulletsPredicate() {
    List<Event> events = FactProbe.events(doc("9.5(화) NYT, 美 당국자를 인용 “김정은이 방러를 검토 중”이라 보도"));
    assertThat(events).extracting(EventFinderTest::show).containsExactly("REPORT 2023-09-05");
  }

  @Test
  void twoVisitorsAreTwoVisits() {
    List<Event> events = FactProbe.events(doc(
        "10월 쇼이구 국방장관이 방북했으며, 김정은은 9월13일 블라디보스토크를 방문"));
    assertThat(events).extracting(EventFinderTest::show)
        .containsExactlyInAnyOrder("VISIT 2023-10", "VISIT 2023-09-13");
  }

  @Test
  void repeatedMentionsOfOneEventAreOne() {
    List<Event> events = FactProbe.events(doc(
        "7월26일 푸틴은 쇼이구를 단장으로 하는 군사대표단을 파견.",
        "국정원은 9월 4일 보고에서 쇼이구가 지난 7월 방북 때 훈련을 제의했다고 밝혔다.",
        "쇼이구의 방북을 환영하는 행사가 열렸다고 한다. 쇼이구는 평양 방문을 마쳤다."));
    assertThat(events).extracting(EventFinderTest::show)
        .containsExactly("VISIT 2023-07-26", "REPORT 2023-09-04");
  }

  static String show(Event e) {
    return e.type() + " " + e.date();
  }
}
