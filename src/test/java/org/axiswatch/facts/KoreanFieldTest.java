package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Korean wire stories and 개조식 briefs written for these tests (2023–2025 events in our own
 * words), run through the whole standard pipeline: the forms the field writes that the seed does
 * not — noun-final bullets, several dated acts in one sentence, reported speech with relative
 * dates, lists of items given in return, gifts, hedges and conditions.
 */
class KoreanFieldTest {
  private static Analyzer analyzer;
  @TempDir static Path dir;
  private static int n;

  @BeforeAll
  static void build() {
    analyzer = Analyzer.standard();
  }

  /** A 연합뉴스-style story filed on {@code date} (YYYY.MM.DD), one paragraph a line. */
  static String news(String date, String... paragraphs) {
    StringBuilder b = new StringBuilder("북러 관계 동향\n\n").append(date).append(" 연합뉴스\n\n")
        .append("(서울=연합뉴스) 홍길동 기자 = ").append(paragraphs[0]).append("\n");
    for (int i = 1; i < paragraphs.length; i++) {
      b.append('\n').append(paragraphs[i]).append('\n');
    }
    return b.toString();
  }

  /** A 국책연구원 brief dated {@code date} ("2025. 3. 10.(월)") with its bullets under one □. */
  static String brief(String date, String... bullets) {
    StringBuilder b = new StringBuilder("북한 정세 평가와 대응 방향\n\n").append(date)
        .append("\n국가안보전략연구원\n\n□ 주요 동향\n\n");
    for (String line : bullets) {
      b.append(line).append("\n\n");
    }
    return b.toString();
  }

  private static AnalyzedDocument analyse(String text) throws Exception {
    Path file = dir.resolve("doc" + (n++) + ".txt");
    Files.writeString(file, text);
    return analyzer.analyze(file);
  }

  private static List<String> events(AnalyzedDocument d) {
    return d.get(Event.KEY).stream().map(e -> e.type() + " " + e.date()).toList();
  }

  private static List<String> exchanges(AnalyzedDocument d) {
    return d.get(Exchange.KEY).stream()
        .map(x -> x.from() + ">" + x.to() + " " + x.category() + " " + x.status()).toList();
  }

  static Stream<Arguments> nounFinalBullets() {
    return Stream.of(
        Arguments.of(brief("2025. 3. 10.(월)",
            "ㅇ 2025년 2월 21일 두바이 소재 거래소에서 약 15억 달러 상당의 가상자산이 탈취되었으며, "
                + "미 연방수사국(FBI)은 2월 26일 북한 해킹조직을 배후로 지목"),
            List.of("CYBERATTACK 2025-02-21", "REPORT 2025-02-26"), List.of("CYBERATTACK 2025-02-26")),
        Arguments.of(brief("2025. 3. 10.(월)",
            "ㅇ 2024년 5월 일본 거래소에서 약 3억 달러 상당의 비트코인이 탈취"),
            List.of("CYBERATTACK 2024-05"), List.of()),
        Arguments.of(brief("2025. 3. 10.(월)",
            "ㅇ 북한 IT 인력의 위장 취업이 잇따름",
            "  - 미 법무부는 2025년 1월 북한 국적자 2명을 기소"),
            List.of("POLICY 2025-01"), List.of()),
        Arguments.of(brief("2024. 5. 2.(목)",
            "ㅇ 러시아는 전문가패널 임기 연장 결의안에 거부권 행사(2024년 3월 28일)",
            "ㅇ 전문가패널은 2024년 4월 30일 공식 해체"),
            List.of("POLICY 2024-03-28", "EVENT 2024-04-30"), List.of()),
        Arguments.of(brief("2024. 12. 9.(월)",
            "ㅇ 북한은 2024년 10월 특수부대 병력 약 1만 1천 명을 러시아 극동 지역으로 이동",
            "ㅇ 러시아 두마는 2024년 10월 24일 북러 조약 비준 동의안을 만장일치로 통과",
            "ㅇ 유엔 안보리는 2024년 11월 27일 북러 군사협력 관련 공개회의 개최"),
            List.of("MILITARY_ACTION 2024-10", "POLICY 2024-10-24", "MEETING 2024-11-27"), List.of()),
        Arguments.of(brief("2025. 3. 10.(월)",
            "ㅇ 북한 해킹조직의 자금원",
            "  - 미 국무부 당국자는 2024년 북한 무기 개발 자금의 상당 부분이 가상자산 탈취에서 나온다고 언급"),
            List.of("STATEMENT 2024"), List.of()),
        Arguments.of(brief("2024. 12. 9.(월)",
            "ㅇ 한국 정부는 2024년 11월 북한 인사 11명에 독자 제재(12월 2일 발표)"),
            List.of("POLICY 2024-11"), List.of("POLICY 2024-12-02")));
  }

  @ParameterizedTest
  @MethodSource("nounFinalBullets")
  void aNounFinalBulletWithADateIsAnEvent(String text, List<String> want, List<String> not)
      throws Exception {
    List<String> got = events(analyse(text));
    assertThat(got).containsAll(want);
    assertThat(got).filteredOn(not::contains).isEmpty();
  }

  static Stream<Arguments> severalDatedActs() {
    return Stream.of(
        Arguments.of(news("2024.11.05",
            "최선희 북한 외무상은 1일 모스크바에서 라브로프 외무장관과 회담하고, 4일 푸틴 대통령을 만났다."),
            List.of("MEETING 2024-11-01", "MEETING 2024-11-04")),
        Arguments.of(news("2024.11.28",
            "김정은 위원장은 이달 초 원산을 방문한 데 이어 지난 25일 신포 조선소를 현지지도했다."),
            List.of("VISIT 2024-11", "VISIT 2024-11-25")),
        Arguments.of(news("2024.11.28",
            "최선희 외무상은 1일 라브로프 장관과 회담한 뒤 4일 푸틴 대통령을 만났다."),
            List.of("MEETING 2024-11-01", "MEETING 2024-11-04")),
        Arguments.of(news("2024.11.22",
            "러시아 대표단은 이달 평양을 찾았으며 지난 18일 정부간위원회 회의를 열었다."),
            List.of("VISIT 2024-11", "MEETING 2024-11-18")),
        Arguments.of(news("2024.06.21",
            "김 위원장과 푸틴 대통령은 지난 19일 평양에서 정상회담을 가진 뒤 조약에 서명했다."),
            List.of("MEETING 2024-06-19", "POLICY 2024-06-19")),
        Arguments.of(news("2024.09.15",
            "쇼이구 서기는 지난 13일 평양에 도착했고 이튿날 김 위원장을 접견했다."),
            List.of("VISIT 2024-09-13", "MEETING 2024-09-14")),
        Arguments.of(news("2024.11.22",
            "지난 18일에는 러시아 대표단이 평양에서 북러 정부간위원회 회의를 열고 경제협력 의정서에 서명했다."),
            List.of("MEETING 2024-11-18", "POLICY 2024-11-18")),
        Arguments.of(news("2024.11.14",
            "국가정보원은 북한이 지난달부터 1만여 명의 병력을 러시아에 보낸 것으로 보고 있다."),
            List.of("MILITARY_ACTION 2024-10")),
        Arguments.of(news("2025.09.05",
            "김 위원장은 1일 평양에서 전용열차로 출발하여 2일 오후 베이징에 도착했다."),
            List.of("VISIT 2025-09-02")),
        Arguments.of(news("2025.09.05",
            "김 위원장은 3일 천안문 망루에서 전승절 열병식을 참관했다."),
            List.of("EVENT 2025-09-03", "VISIT 2025-09-03")),
        Arguments.of(news("2025.07.14",
            "쇼이구 서기는 지난달 17일 평양을 찾아 김 위원장을 만난 자리에서 공병 1천명을 보내기로 했다고 밝혔다."),
            List.of("VISIT 2025-06-17", "STATEMENT 2025-06-17")));
  }

  @ParameterizedTest
  @MethodSource("severalDatedActs")
  void eachClauseKeepsItsOwnDate(String text, List<String> want) throws Exception {
    assertThat(events(analyse(text))).containsAll(want);
  }

  static Stream<Arguments> reportedSpeech() {
    return Stream.of(
        Arguments.of(news("2024.11.05",
            "조선중앙통신은 북한과 러시아가 지난달 11일 평양에서 정부간 위원회 회의를 열었다고 보도했다."),
            List.of("MEETING 2024-10-11", "REPORT 2024-11-05"), List.of("POLICY 2024-10-11")),
        Arguments.of(news("2024.11.20",
            "마리야 자하로바 외무부 대변인은 지난 15일 브리핑에서 한국의 무기 지원 검토를 비판했다."),
            List.of("STATEMENT 2024-11-15"), List.of()),
        Arguments.of(news("2025.06.18",
            "북한 외무성은 지난 14일 중대성명을 발표하고 한국의 무인기 침투를 주장했다."),
            List.of("STATEMENT 2025-06-14"), List.of()),
        Arguments.of(news("2024.11.25",
            "김정은 위원장은 지난 21일 개막한 무장장비전시회 연설에서 미국을 비난했다."),
            List.of("STATEMENT 2024-11-21"), List.of()),
        Arguments.of(news("2024.10.30",
            "앞서 우크라이나 정보당국은 북한 장교들이 도네츠크 전선에 배치됐으며 이달 초 공격으로 일부가 숨졌다고 주장했다."),
            List.of(), List.of("STATEMENT 2024-10")),
        Arguments.of(news("2024.12.05",
            "국가정보원은 지난달 국회 정보위원회에 북한이 러시아에 병력을 파견했으며, 일부가 전투에 투입됐다고 보고했다."),
            List.of("REPORT 2024-11"), List.of()),
        Arguments.of(news("2025.06.18",
            "알렉산드르 베니딕토프 러시아 안보회의 부서기는 17일 평양에서 박명호 북한 외무성 부상과 회담했다."),
            List.of("MEETING 2025-06-17"), List.of()));
  }

  @ParameterizedTest
  @MethodSource("reportedSpeech")
  void speechAndReportsTakeTheirOwnDays(String text, List<String> want, List<String> not)
      throws Exception {
    List<String> got = events(analyse(text));
    assertThat(got).containsAll(want);
    assertThat(got).filteredOn(not::contains).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aPressReleaseSpeaksOnItsDay() throws Exception {
    String text = "외 교 부\n보 도 자 료\n\n배포일시: 2025. 6. 12.(목) 10:00\n\n"
        + "북한의 탄도미사일 발사 관련 정부 입장\n\n"
        + "1. 정부는 북한의 탄도미사일 발사를 강력히 규탄합니다.\n\n"
        + " ㅇ 정부는 북한이 안보리 결의를 위반하고 있다는 점을 다시 한번 강조합니다.\n\n"
        + " ㅇ 정부는 북한에 도발 중단을 촉구합니다.\n";
    assertThat(events(analyse(text))).contains("STATEMENT 2025-06-12");
  }

  @org.junit.jupiter.api.Test
  void aContinuingSentenceKeepsTheDayOfTheOneBefore() throws Exception {
    List<String> got = events(analyse(news("2025.07.20",
        "러시아 국방장관은 지난 9일 평양을 찾아 김 위원장을 만났다.",
        "당시 그는 러시아가 북한의 방공망 현대화를 돕겠다고 밝혔다.",
        "라브로프 장관은 12일 기자들과 만나 양국 협력이 계속될 것이라고 말했다.",
        "그는 또 한미일의 군사 협력 확대를 겨냥해 어떤 동맹도 용납할 수 없다고 경고했다.")));
    assertThat(got).contains("VISIT 2025-07-09", "STATEMENT 2025-07-09", "STATEMENT 2025-07-12")
        .doesNotContain("STATEMENT 2025-07-20");
  }

  @org.junit.jupiter.api.Test
  void aForeignMinistryActsForItsState() throws Exception {
    AnalyzedDocument d = analyse(news("2025.07.01",
        "마오닝 중국 외교부 대변인은 30일 정례브리핑에서 북러 협력에 대한 입장을 밝혔다."));
    assertThat(d.get(Event.KEY)).anyMatch(e -> e.type() == EventType.STATEMENT
        && e.actors().contains("CHN"));
  }

  @org.junit.jupiter.api.Test
  void animalsSentToAZooGoOneWay() throws Exception {
    List<String> got = exchanges(analyse(news("2024.11.22",
        "푸틴 대통령은 지난 20일 불곰 두 마리와 사자를 평양 중앙동물원에 선물로 보냈다.")));
    assertThat(got).contains("RUS>PRK OTHER OCCURRED").noneMatch(x -> x.startsWith("PRK>RUS"));
  }

  static Stream<Arguments> exchangeLists() {
    return Stream.of(
        Arguments.of(news("2024.12.02",
            "국가정보원은 북한이 러시아에 포탄과 대전차미사일을 제공했으며 그 대가로 러시아는 북한에 식량과 정제유, 외화를 넘겼다고 밝혔다."),
            List.of("PRK>RUS CONVENTIONAL_ARMS REPORTED", "RUS>PRK FOOD REPORTED",
                "RUS>PRK PETROLEUM REPORTED", "RUS>PRK FINANCE REPORTED")),
        Arguments.of(news("2024.11.22",
            "러시아는 지난 20일 북한에 사자와 불곰 등 동물 70여 마리를 선물로 보냈다."),
            List.of("RUS>PRK OTHER OCCURRED")),
        Arguments.of(news("2024.02.20",
            "푸틴 대통령은 김정은 위원장에게 러시아산 고급 승용차를 선물했다."),
            List.of("RUS>PRK INDUSTRIAL_GOODS OCCURRED")),
        Arguments.of(news("2024.12.02",
            "정보당국은 러시아가 북한에 전투기를 제공했을 가능성이 있다고 보고 있다."),
            List.of("RUS>PRK CONVENTIONAL_ARMS POSSIBLE")),
        Arguments.of(news("2024.12.02",
            "러시아는 북한에 지대공미사일을 넘긴 것으로 추정된다."),
            List.of("RUS>PRK CONVENTIONAL_ARMS POSSIBLE")),
        Arguments.of(news("2025.01.15",
            "정부 관계자에 따르면 지난해 하반기 북한에 들어간 러시아산 정제유는 수십만 배럴에 이른다."),
            List.of("RUS>PRK PETROLEUM REPORTED")),
        Arguments.of(news("2025.01.15",
            "우크라이나군은 북한이 러시아에 넘긴 방사포가 전선에 배치됐다고 밝혔다."),
            List.of("PRK>RUS CONVENTIONAL_ARMS REPORTED")),
        Arguments.of(news("2025.03.10",
            "북한은 중국과 러시아에 수천 명의 IT 인력을 파견했다."),
            List.of("PRK>CHN LABOUR OCCURRED", "PRK>RUS LABOUR OCCURRED")),
        Arguments.of(news("2025.03.10",
            "북한은 중국·러시아·동남아 등지에 건설 노동자를 보내 왔다고 정보당국이 밝혔다."),
            List.of("PRK>CHN LABOUR REPORTED", "PRK>RUS LABOUR REPORTED")));
  }

  @ParameterizedTest
  @MethodSource("exchangeLists")
  void listsGiftsAndHedgesGiveTheirExchanges(String text, List<String> want) throws Exception {
    assertThat(exchanges(analyse(text))).containsAll(want);
  }

  static Stream<Arguments> noExchange() {
    return Stream.of(
        Arguments.of(news("2024.12.02",
            "북한은 해외 노동자 송출을 통한 외화벌이로 막대한 자금을 확보했다.")),
        Arguments.of(news("2024.12.02",
            "러시아가 북한에 핵잠수함 기술을 이전한다면 한반도 안보 지형이 바뀔 것이다.")),
        Arguments.of(news("2024.12.02",
            "북한은 러시아와 합의가 이뤄질 경우 추가 병력을 보낼 것으로 보인다.")),
        Arguments.of(news("2024.12.02",
            "안보리 결의 2397호는 북한에 대한 정제유 공급을 연간 50만 배럴로 제한하고 있다.")),
        Arguments.of(news("2024.12.02",
            "안드레이 루덴코 외무차관은 지난 10일 인터뷰에서 북러 협력은 합법이라고 주장했다.")));
  }

  @ParameterizedTest
  @MethodSource("noExchange")
  void earningsConditionsAndTitlesAreNoExchange(String text) throws Exception {
    assertThat(exchanges(analyse(text))).isEmpty();
  }
}
