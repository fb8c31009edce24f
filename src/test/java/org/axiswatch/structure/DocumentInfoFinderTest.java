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
}
