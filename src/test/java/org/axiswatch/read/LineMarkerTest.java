package org.axiswatch.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineMarkerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "1. 북-러 정상회담 개최 배경과 특징 | NUMBER | 1. | 1",
    "12. Conclusions | NUMBER | 12. | 12",
    "2.1 Background | NUMBER | 2.1 | 2",
    "Ⅱ. 정세 평가 | ROMAN | Ⅱ. | 2",
    "IV. Outlook | ROMAN | IV. | 4",
    "나. 군사 분야 | LETTER | 나. | 2",
    "<요 약> | SUMMARY | <요 약> | 0",
    "[요약] | SUMMARY | [요약] | 0",
    "요약 | SUMMARY | 요약 | 0",
    "□ 가능성 측면 | BOX | □ | 0",
    "① 우크라이나 침공과 이해관계의 일치 | CIRCLED | ① | 1",
    "⑳ 스무 번째 | CIRCLED | ⑳ | 20",
    "⓷ 전술핵잠수함 완성 | CIRCLED | ⓷ | 3",
    "⑴ 괄호 숫자 | CIRCLED | ⑴ | 1",
    "➃ 딩뱃 숫자 | CIRCLED | ➃ | 4",
    "(2) 괄호 안 숫자 | CIRCLED | (2) | 2",
    "3) 반괄호 숫자 | CIRCLED | 3) | 3",
    "나) 반괄호 한글 | CIRCLED | 나) | 2",
    "(다) 괄호 한글 | CIRCLED | (다) | 3",
    "Ⅲ 점 없는 로마 숫자 | ROMAN | Ⅲ | 3",
    "o 김정은 위원장과 푸틴 | BULLET | o | 0",
    "○ 동그라미 항목 | BULLET | ○ | 0",
    "ㅇ 한글 이응 항목 | BULLET | ㅇ | 0",
    "   - 들여쓴 대시 | BULLET | - | 0",
    "– 엔 대시 | BULLET | – | 0",
    "△ 세모 항목 | BULLET | △ | 0",
    "• bullet item | BULLET | • | 0",
    "· 가운뎃점 항목 | BULLET | · | 0",
    "※ 보스토치니 우주기지는 | NOTE | ※ | 0",
    "☞즉, 미국 측의 | NOTE | ☞ | 0",
    "* 同 보고서는 작성한 내용임 | FOOTNOTE | * | 0",
    "## Key judgments | HEADING | ## | 2",
    "III. 정책 제언 | ROMAN | III. | 3",
    "Ⅳ.정책 제언 | ROMAN | Ⅳ. | 4",
    "【 추진 배경 】 | BRACKET | 【 추진 배경 】 | 0",
    "[참고] | BRACKET | [참고] | 0",
    "< 주요 내용 > | BRACKET | < 주요 내용 > | 0",
    "〈별첨 1〉 | BRACKET | 〈별첨 1〉 | 0",
    "■ 검은 네모 | BOX | ■ | 0",
    "◇ 마름모 항목 | BULLET | ◇ | 0",
    "◆ 검은 마름모 | BULLET | ◆ | 0",
    "▶ 화살표 항목 | BULLET | ▶ | 0",
    "► 포인터 항목 | BULLET | ► | 0",
    "● 검은 동그라미 | BULLET | ● | 0",
    "가) 반괄호 가 | CIRCLED | 가) | 1",
    "1) 반괄호 1 | CIRCLED | 1) | 1"})
  void recognisesMarkers(String line, LineMarker.Type type, String written, int number) {
    LineMarker m = LineMarker.of(line);
    assertThat(m).isNotNull();
    assertThat(m.type()).isEqualTo(type);
    assertThat(m.written()).isEqualTo(written);
    if (type != LineMarker.Type.NUMBER) {
      assertThat(m.number()).isEqualTo(number);
    } else {
      assertThat(m.family()).isEqualTo(String.valueOf(number > 2 ? 1 : number));
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
    "2023. 9. 14.(목), 이윤식 외교안보센터 실장",
    "9.4(월) NYT, 美 당국자를 인용",
    "9. 14. 회담",
    "-3 degrees at night",
    "of the summit",
    "북·중·러 동맹",
    "·중 관계",
    "무기지원, △북한의 대러 탄약",
    "2020.1月 비상방역 조치",
    "7.27 전승절 행사",
    "[단독] 北, 러시아에 포탄 추가 지원",
    "<연합뉴스> 보도에 따르면 북한은",
    "[2024]",
    "본문 문장입니다.",
    ""})
  void noMarker(String line) {
    assertThat(LineMarker.of(line)).isNull();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"①, 1", "⑩, 10", "⓵, 1", "⓾, 10", "⑴, 1", "⒇, 20", "➀, 1", "❸, 3", "㉑, 21", "A, 0"})
  void circledValues(char c, int value) {
    assertThat(LineMarker.circledValue(c)).isEqualTo(value);
  }
}
