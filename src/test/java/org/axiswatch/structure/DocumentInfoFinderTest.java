package org.axiswatch.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.axiswatch.pipeline.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentInfoFinderTest {
  private final DocumentInfoFinder finder = new DocumentInfoFinder();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "북한은 9월 13일 러시아와 정상회담을 가졌다. | KO",
    "ICBM, SLBM, MLRS 등 북한의 WMD 개발은 UN 안보리 결의 위반 | KO",
    "North Korea shipped artillery shells to Russia, U.S. officials said. | EN",
    "Северная Корея поставила снаряды России. | OTHER",
    "2023 - 09 - 14 | OTHER"})
  void languageByScript(String text, Language expected) {
    assertThat(DocumentInfoFinder.language(text)).isEqualTo(expected);
  }

  /** Each row: the header lines (" / " between lines), the document date or "none". */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "MEDIA NOTE / OFFICE OF THE SPOKESPERSON / FEBRUARY 15, 2025 / Joint Statement on the Trilateral "
        + "Meeting / The ministers met today in Munich.|2025-02-15",
    "MARCH 3, 2024 — The Secretary met his counterpart today in Washington.|2024-03-03",
    "For Immediate Release / March 3, 2024 / Statement by the Press Secretary|2024-03-03",
    "Media Note / Office of the Spokesperson / February 15, 2025 / The Secretary met today.|2025-02-15",
    "SEOUL, 12 DECEMBER 2024 (Yonhap) -- The ministry said.|2024-12-12",
    "Updated 3:12 AM GMT+9, January 12, 2025 / KYIV, Ukraine (AP) — Two soldiers were captured.|2025-01-12",
    "보도자료 / 2025. 5. 29.(목) / 외교부 / 다국적제재모니터링팀 보고서 발표|2025-05-29",
    "보도자료 / 2025.5.29. / 통일부 대변인실|2025-05-29",
    "보도자료 / 보도일시 2025. 5. 29.(목) 10:00 / 담당부서 북핵외교기획단|2025-05-29",
    "보도자료 / 배포일시 2025. 5. 28.(수) 14:00 · 보도일시 2025. 5. 29.(목) 조간 / 국방부|2025-05-29",
    "보도자료 / 배포 2025. 5. 28.(수) / 보도시점: 2025. 5. 29.(목) 12:00 / 통일부|2025-05-29",
    "보 도 자 료 / 보도 '25. 5. 29.(목) 석간 / 국방부 대변인실|2025-05-29",
    "조선중앙통신 / 주체114(2025)년 5월 29일 / 김정은 동지께서 군수공업기업소를 현지지도하시였다|2025-05-29",
    "라브로프 원산 방문 / 송고시간2025-07-12 10:31 / (서울=연합뉴스) 김철수 기자 =|2025-07-12",
    "Pyongyang, June 19 (KCNA) -- Kim Jong Un met Putin.|none"})
  void documentDateFromHeader(String lines, String date) {
    DocumentInfo info = finder.find(lines.replace(" / ", "\n") + "\n");
    assertThat(info.date() == null ? "none" : info.date().toString()).isEqualTo(date);
  }

  @Test
  void koreanBriefHeader() {
    DocumentInfo info = finder.find("""
         한미 핵협의그룹 출범의 의미: \s
        확장억제 실효성 강화 방안*
        2023. 9. 14.(목), 홍길동 외교안보센터 실장
        <요 약>
        o 한미 양국은 핵협의그룹을 공식 출범
        """);
    assertThat(info.language()).isEqualTo(Language.KO);
    assertThat(info.date()).hasToString("2023-09-14");
    assertThat(info.title()).isEqualTo("한미 핵협의그룹 출범의 의미: 확장억제 실효성 강화 방안");
    assertThat(info.author()).isEqualTo("홍길동");
  }

  @Test
  void koreanNewsByline() {
    DocumentInfo info = finder.find("""
        北, 러시아에 포탄 100만발 이상 지원 추정
        박민수 기자
        2024년 6월 19일
        국가정보원은 북한이 러시아에 컨테이너 1만 개 분량의 포탄을 보낸 것으로 파악했다.
        """);
    assertThat(info.date()).hasToString("2024-06-19");
    assertThat(info.author()).isEqualTo("박민수");
    assertThat(info.title()).isEqualTo("北, 러시아에 포탄 100만발 이상 지원 추정");
  }

  @Test
  void englishArticleHeader() {
    DocumentInfo info = finder.find("""
        # Pyongyang and Moscow Sign Defence Pact

        By Jane Doe and John Smith
        June 19, 2024

        Kim Jong Un and Vladimir Putin signed a comprehensive strategic partnership treaty.
        """);
    assertThat(info.language()).isEqualTo(Language.EN);
    assertThat(info.date()).hasToString("2024-06-19");
    assertThat(info.title()).isEqualTo("Pyongyang and Moscow Sign Defence Pact");
    assertThat(info.author()).isEqualTo("Jane Doe");
  }

  @Test
  void seriesAndBylineLinesAreNotTheTitle() {
    DocumentInfo info = finder.find("""
        INSS 이슈브리프 제512호
        북한 정찰위성 발사 동향과 시사점
        김영수 국방연구센터 연구위원
        2024. 5. 28.
        □ 주요 동향
        """);
    assertThat(info.title()).isEqualTo("북한 정찰위성 발사 동향과 시사점");
    assertThat(info.author()).isEqualTo("김영수");
  }

  @Test
  void datelineFirstThenTitle() {
    DocumentInfo info = finder.find("2024. 3. 5.(화)\n북한 해킹조직의 가상자산 탈취 동향\n□ 라자루스 그룹의 활동 증가\n");
    assertThat(info.date()).hasToString("2024-03-05");
    assertThat(info.title()).isEqualTo("북한 해킹조직의 가상자산 탈취 동향");
  }

  @Test
  void nothingStatedGivesNulls() {
    DocumentInfo info = finder.find("북한은 오늘 동해상으로 탄도미사일 두 발을 발사했다고 합참이 밝혔다.\n");
    assertThat(info.date()).isNull();
    assertThat(info.author()).isNull();
    assertThat(info.language()).isEqualTo(Language.KO);
  }

  @Test
  void aWordAfterTheDateIsNotANameUnlessItLooksLikeOne() {
    DocumentInfo info = finder.find("정세 전망\n2024. 1. 2. 국가안보전략연구원 발행\n본문이다.\n");
    assertThat(info.author()).isNull();
  }

  @ParameterizedTest(name = "{1} from {0}")
  @CsvSource(delimiter = '|', value = {
    // label line above the wire byline: the label is not a name, the reporter is
    "'北, 동해상으로 탄도미사일 발사\\n\\n송고시간 2024-06-19 10:31\\n\\n(서울=연합뉴스) 홍길동 기자 = 북한이 19일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.\\n' | 홍길동 | 2024-06-19",
    "'국방부 \"北 오물풍선 또 살포\"\\n입력 2024.10.18 14:52 수정 2024.10.18 15:10\\n\\n국방부는 18일 북한이 오물풍선을 다시 날려 보냈다고 밝혔다.\\n\\n김민정 기자 kimmj@example.co.kr\\n' | 김민정 | 2024-10-18",
    "'北 순항미사일 발사\\n송고시간2024-07-01 06:05\\n\\n(서울=연합뉴스) 정다은 기자 = 북한이 1일 새벽 순항미사일을 발사했다.\\n' | 정다은 | 2024-07-01",
    "'러 외무장관 방북\\n\\n기사입력 2024-11-29 09:00\\n\\n(모스크바=연합뉴스) 최서윤 특파원 = 라브로프 외무장관이 평양에 도착했다.\\n' | 최서윤 | 2024-11-29",
    "'美 \"北 병력 러시아 이동\"\\n최종수정 2024-10-25 07:12\\n\\n(워싱턴=연합뉴스) 이준호 특파원 = 미국 국방부는 북한군이 러시아로 이동했다고 밝혔다.\\n' | 이준호 | 2024-10-25"})
  void koreanNewsReporterAndSendTime(String text, String author, String date) {
    DocumentInfo info = finder.find(text.replace("\\n", "\n"));
    assertThat(info.author()).isEqualTo(author);
    assertThat(info.date()).hasToString(date);
  }

  @Test
  void reporterMentionedInsideASentenceIsNoByline() {
    DocumentInfo info = finder.find("""
        北 매체, 외신 취재 제한
        송고시간 2024-05-02 08:00
        조선중앙통신은 김철수 기자가 작성한 논평에서 외신의 보도를 비난했다.
        """);
    assertThat(info.author()).isNull();
    assertThat(info.title()).isEqualTo("北 매체, 외신 취재 제한");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "'Russia, North Korea sign pact\\n\\nBy Staff reporters · November 5, 2024\\n\\nThe two leaders met.' | Staff reporters | 2024-11-05",
    "'Missile debris traced\\n\\nBy Jane Doe\\n\\nSEOUL, June 19, 2024 (Reuters) - South Korea said on Wednesday.' | Jane Doe | 2024-06-19",
    "'Treaty takes effect\\nBY MIN-JI KIM, SEOUL\\nDecember 5, 2024\\nThe treaty took effect.' | MIN-JI KIM | 2024-12-05"})
  void englishBylines(String text, String author, String date) {
    DocumentInfo info = finder.find(text.replace("\\n", "\n"));
    assertThat(info.author()).isEqualTo(author);
    assertThat(info.date()).hasToString(date);
  }
}
