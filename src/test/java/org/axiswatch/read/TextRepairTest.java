package org.axiswatch.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.axiswatch.pipeline.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRepairTest {

  /** Double-spaced PDF text as extractors leave it: a blank line after every line. */
  private static final String DOUBLE_SPACED = String.join("\n\n",
      "안보 정세 평가: ",
      "북한 도발 전망과 대응*",
      "2024. 3. 5.(화), 김철수 국가안보전략센터 연구위원",
      "1. 최근 북한 동향",
      "① 미사일 발사 재개와 핵 위협 수위 상향",
      "   - 북한은 올해 들어 순항미사일과 극초음속 미사일을 잇달아 발사하며 도발 수위를 끌어",
      "올리는 한편, 대남 적대 노선을 공식화하고 있음",
      "   - 특히 김정은은 최고인민회의 연설에서 헌법에 ‘제1적대국’ 조항을 명기하라고 지시하는 ",
      "등 군사적 긴장을 의도적으로 고조시키고 있다는 점에서 ‘전쟁",
      "* 이 자료는 연구원 자문위원회의 토의 내용을 정리한 것임",
      " 불사’ 위협이 단순한 수사를 넘어섰다는 평가",
      "     ※ 국방부는 3월 4일 북한의 서해 해상 포격을 정전협정 위반이라고 규정",
      "② 러시아와의 군사협력 심화",
      "   - 러시아는 북한에 정찰위성 기술을 이전하는 대가로 포탄과 탄도미사일을 공급받는 것으로 ",
      "알려졌으며, 양국 간 무기 거래는 유엔 안보리 결의에 정면으로 위배되는 것으로 평",
      "가됨",
      "□ 향후 과제", "") + "\n\n\n\n마지막 줄\n";

  @Test
  void joinsWordsSplitAcrossLinesInDoubleSpacedText() {
    RepairedText r = TextRepair.repair(DOUBLE_SPACED, true);
    assertThat(r.text())
        .contains("도발 수위를 끌어올리는 한편, 대남 적대 노선을 공식화하고 있음\n")
        .contains("지시하는 등 군사적 긴장을")           // the line ended with a space: one space
        .contains("‘전쟁불사’ 위협이 단순한 수사를")      // the footnote cut "전쟁|불사" in two
        .contains("안보 정세 평가: 북한 도발 전망과 대응*\n2024. 3. 5.(화)")
        .contains("공급받는 것으로 알려졌으며")
        .contains("위배되는 것으로 평가됨\n□ 향후 과제")
        .doesNotContain("자문위원회");
  }

  @Test
  void footnoteGoesToRemoved() {
    RepairedText r = TextRepair.repair(DOUBLE_SPACED, true);
    assertThat(r.removed()).hasSize(1);
    Span s = r.removed().get(0);
    assertThat(DOUBLE_SPACED.substring(s.start(), s.end()))
        .isEqualTo("* 이 자료는 연구원 자문위원회의 토의 내용을 정리한 것임");
  }

  @Test
  void outlineLinesAreNeverJoined() {
    RepairedText r = TextRepair.repair(DOUBLE_SPACED, true);
    assertThat(r.text().lines()).contains(
        "1. 최근 북한 동향",
        "① 미사일 발사 재개와 핵 위협 수위 상향",
        "② 러시아와의 군사협력 심화",
        "□ 향후 과제",
        "     ※ 국방부는 3월 4일 북한의 서해 해상 포격을 정전협정 위반이라고 규정");
    // a run of blank lines becomes one paragraph break
    assertThat(r.text()).contains("□ 향후 과제\n\n마지막 줄\n").doesNotContain("\n\n\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "⓷ 세 번째 요점",
    "⑴ 괄호 숫자 요점",
    "➀ 딩뱃 숫자 요점",
    "o 항목",
    "○ 동그라미 항목",
    "ㅇ 이응 항목",
    "- 대시 항목",
    "※ 참고 사항",
    "☞ 시사점",
    "△ 세모 항목",
    "• 점 항목",
    "<요 약>",
    "Ⅱ. 로마 숫자 장",
    "가. 한글 번호"})
  void aLineStartingAnItemStaysOnItsOwnLine(String item) {
    String text = "   - 러시아는 북한에 정찰위성 기술을 이전하는 대가로 포탄과 탄도미사일을 공급받는 중\n"
        + item + "\n";
    RepairedText r = TextRepair.repair(text, true);
    assertThat(r.text()).endsWith("공급받는 중\n" + item + "\n");
  }

  @Test
  void aHeadingShortOfTheMarginIsNotJoined() {
    String text = String.join("\n\n",
        "1. 북러 군사협력의 배경과 주요 특징 및 향후 전망에 대한 평가",
        "북한은 러시아 극동 지역으로 포탄과 로켓을 실은 화물열차를 여러 차례 보낸 것으",
        "로 파악되며, 이는 유엔 안보리 결의가 금지한 재래식 무기 수출에 해당하는 거래",
        "로 평가되고 있으며 러시아는 그 대가로 정찰위성 기술과 식량을 제공할 것으로 보",
        "이며 양국 간 거래는 더욱 확대될 것이라는 전망이 우세") + "\n";
    RepairedText r = TextRepair.repair(text, true);
    assertThat(r.text()).startsWith("1. 북러 군사협력의 배경과 주요 특징 및 향후 전망에 대한 평가\n북한은")
        .contains("보낸 것으로 파악되며");
  }

  @Test
  void inlineTriangleEnumerationIsNotAnItem() {
    String text = "o 회담의 배경은 △북한의 대러 탄약 등 무기지원, △러시아의 대북 위성기술 제공, △MIG-29\n"
        + "와 수호이(SU) 계열 전투기 수출지원 등의 거래\n";
    assertThat(TextRepair.repair(text, true).text()).contains("△MIG-29와 수호이(SU)");
  }

  @Test
  void englishSoftWrapsJoinWithASpaceAndParagraphsStay() {
    String text = "North Korea and Russia signed a treaty on comprehensive strategic partnership\n"
        + "in Pyongyang. The pact includes a mutual defence clause that analysts compare\n"
        + "to the 1961 treaty with China.\n\n"
        + "Seoul responded by reviewing arms supplies to Ukraine.\n";
    RepairedText r = TextRepair.repair(text, true);
    assertThat(r.text()).isEqualTo("North Korea and Russia signed a treaty on comprehensive strategic "
        + "partnership in Pyongyang. The pact includes a mutual defence clause that analysts compare "
        + "to the 1961 treaty with China.\n\nSeoul responded by reviewing arms supplies to Ukraine.\n");
  }

  @Test
  void htmlBlocksAreNotJoined() {
    String text = "북러 정상회담 개최 배경과 향후 전망에 대한 전문가 분석 및 평가 내용\n본문 첫 문단이다.\n";
    assertThat(TextRepair.repair(text, false).text()).isEqualTo(text);
  }

  @Test
  void normalisesFullWidthAndDecomposedHangul() {
    String decomposed = Normalizer.normalize("한국", Normalizer.Form.NFD);
    String text = "ＵＮ　안보리 결의 １７１８호와 " + decomposed + "\n";
    RepairedText r = TextRepair.repair(text, true);
    assertThat(r.text()).isEqualTo("UN 안보리 결의 1718호와 한국\n");
    int at = r.text().indexOf("한국");
    Span s = r.toOriginal(at, at + 2);
    assertThat(text.substring(s.start(), s.end())).isEqualTo(decomposed);
    assertThat(text.substring(r.toOriginal(0, 2).start(), r.toOriginal(0, 2).end())).isEqualTo("ＵＮ");
  }

  @Test
  void pageNumberFurnitureIsRemoved() {
    String text = "   - 북한은 올해 들어 순항미사일과 극초음속 미사일을 잇달아 발사하며 도발 수위를 끌어\n"
        + "- 3 -\n"
        + "올리는 한편, 대남 적대 노선을 공식화\n";
    RepairedText r = TextRepair.repair(text, true);
    assertThat(r.text()).contains("끌어올리는 한편").doesNotContain("- 3 -");
    assertThat(r.removed()).hasSize(1);
  }

  @Test
  void runningHeadsAndPageNumbersOfPdfPagesAreRemoved() {
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= 3; page++) {
      text.append("INSS 이슈브리프 제512호\n");
      for (int line = 0; line < 10; line++) {
        text.append("북한은 러시아 극동 지역으로 포탄을 실은 화물열차를 여러 차례 보낸 것으로 알려졌으며\n");
      }
      text.append("러시아는 그 대가로 정찰위성 기술과 식량을 제공할 것으로 보이며 그 규모와 공\n");
      text.append(page).append('\n');
    }
    text.append("급 시기는 아직 알려지지 않았다.\n");
    RepairedText r = TextRepair.repair(text.toString(), true);
    assertThat(r.text()).doesNotContain("INSS").contains("그 규모와 공급 시기는")
        .startsWith("북한은 러시아 극동").endsWith("않았다.\n");
    assertThat(r.removed()).hasSize(6);
  }

  /** For random working spans, the original span holds the same letters in the same order. */
  @Test
  void offsetMapKeepsLetters() {
    String original = DOUBLE_SPACED + "ＵＮ　결의 " + Normalizer.normalize("북한과 러시아", Normalizer.Form.NFD)
        + "\r\n\r\nEnglish line that is long enough to be wrapped by the extraction tool\nhere.\n";
    RepairedText r = TextRepair.repair(original, true);
    Random random = new Random(20230914);
    for (int n = 0; n < 2000; n++) {
      int a = random.nextInt(r.text().length());
      int b = a + random.nextInt(Math.min(60, r.text().length() - a) + 1);
      Span s = r.toOriginal(a, b);
      String working = letters(r.text().substring(a, b));
      String orig = letters(Normalizer.normalize(original.substring(s.start(), s.end()), Normalizer.Form.NFKC));
      assertThat(isSubsequence(working, orig))
          .as("working [%d,%d) '%s' vs original %s '%s'", a, b, working, s, orig).isTrue();
    }
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static boolean isSubsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length();
  }
}
