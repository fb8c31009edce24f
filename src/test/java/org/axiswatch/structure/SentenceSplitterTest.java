package org.axiswatch.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  /** Each row: a paragraph, then its sentences separated by " ## ". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "9.4(월) NYT가 방러 계획을 보도했다. 이어 9.5(화) 설리번 보좌관이 경고했다.|"
        + "9.4(월) NYT가 방러 계획을 보도했다. ## 이어 9.5(화) 설리번 보좌관이 경고했다.",
    "2020.1月 비상방역 조치 이후 해외방문이 중단. 최근 재개 움직임.|"
        + "2020.1月 비상방역 조치 이후 해외방문이 중단. ## 최근 재개 움직임.",
    "7.27 전승절 행사에 쇼이구가 참석했다. 무기 전시장도 둘러봤다.|"
        + "7.27 전승절 행사에 쇼이구가 참석했다. ## 무기 전시장도 둘러봤다.",
    "2023. 9. 14.(목) 회담이 열렸고 성과는 불투명하다.|2023. 9. 14.(목) 회담이 열렸고 성과는 불투명하다.",
    "U.S. officials said the talks failed. Mr. Kim left early.|"
        + "U.S. officials said the talks failed. ## Mr. Kim left early.",
    "Resolution No. 3 was adopted. It bans exports of 1.5 million tons.|"
        + "Resolution No. 3 was adopted. ## It bans exports of 1.5 million tons.",
    "Output rose 3.5 percent in Sept. 2023 and fell later.|Output rose 3.5 percent in Sept. 2023 and fell later.",
    "Gen. J. Smith met Amb. Lee in Seoul on Monday.|Gen. J. Smith met Amb. Lee in Seoul on Monday.",
    "Did Moscow agree? Officials would not say!|Did Moscow agree? ## Officials would not say!",
    "Shells, rockets, etc. were shipped by rail.|Shells, rockets, etc. were shipped by rail.",
    "합참은 “성능이 과장됐다. 운항이 불가능하다”고 밝혔다. 추가 조치를 예고.|"
        + "합참은 “성능이 과장됐다. 운항이 불가능하다”고 밝혔다. ## 추가 조치를 예고.",
    "He said \"we will respond.\" Officials agreed. Talks end today.|"
        + "He said \"we will respond.\" ## Officials agreed. ## Talks end today.",
    "Sullivan warned: “They will pay a price.” Moscow did not reply.|"
        + "Sullivan warned: “They will pay a price.” ## Moscow did not reply.",
    "공식 수행원은 14명. 그 가운데 7명이 군 고위장성|공식 수행원은 14명. ## 그 가운데 7명이 군 고위장성",
    "팀은 2024.10.16. 출범하였습니다. 첫 보고서를 냈습니다.|팀은 2024.10.16. 출범하였습니다. ## 첫 보고서를 냈습니다.",
    "9.4(월) 회담이 열렸다. 이어 만찬이 있었다.|9.4(월) 회담이 열렸다. ## 이어 만찬이 있었다.",
    "외교부는 5.29. 보고서를 발표하였습니다. 이는 첫 보고서임.|외교부는 5.29. 보고서를 발표하였습니다. ## 이는 첫 보고서임.",
    "회의는 2025. 5. 29. 서울에서 열렸다.|회의는 2025. 5. 29. 서울에서 열렸다.",
    "위원회는 '24.10.16. 회의를 열었다.|위원회는 '24.10.16. 회의를 열었다.",
    "The vote passed 3.5. Then talks resumed.|The vote passed 3.5. ## Then talks resumed."})
  void splits(String paragraph, String expected) {
    List<String> want = Arrays.stream(expected.split(" ## ")).map(String::strip).toList();
    assertThat(Structured.of(paragraph + "\n").sentenceTexts()).containsExactlyElementsOf(want);
  }

  @Test
  void eachBulletIsAtLeastOneSentenceAndHeadingsStandAlone() {
    String text = """
        3. 향후 대응전략
        ① 대북제재 강화
           - 한미는 대북제재의 고삐를 죄는 조치를 취할 것으로 전망
           - 해킹을 통한 자금 탈취 차단이 필요함. 특히 가상자산 추적 공조가 긴요
             ※ 유엔 전문가패널 보고서 참고
        """;
    assertThat(Structured.of(text).sentenceTexts()).containsExactly(
        "향후 대응전략",
        "대북제재 강화",
        "한미는 대북제재의 고삐를 죄는 조치를 취할 것으로 전망",
        "해킹을 통한 자금 탈취 차단이 필요함.",
        "특히 가상자산 추적 공조가 긴요",
        "유엔 전문가패널 보고서 참고");
  }

  @Test
  void sentenceSpansAreOriginalOffsetsAndTextIsWorkingText() {
    String text = "o 러시아는 북한을 ‘후방 병참기지화’ 하려는 것으로 보이며, 이를 통해 전쟁 장기화에 대비하려는 의\n"
        + "도로 분석됨\n";
    Structured s = Structured.of(text);
    Sentence only = s.sentences().get(0);
    assertThat(s.sentences()).hasSize(1);
    assertThat(only.text()).endsWith("대비하려는 의도로 분석됨");
    assertThat(text.substring(only.span().start(), only.span().end()))
        .startsWith("러시아는").endsWith("의\n도로 분석됨");
  }
}
