package org.axiswatch.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.axiswatch.pipeline.Span;
import org.junit.jupiter.api.Test;

class OutlineBuilderTest {

  /** A 개조식 brief of our own: Roman chapters, numbered sections, look-alike circled numbers. */
  static final String BRIEF = """
      북한의 대러 무기 지원 실태와\s
      국제사회 대응 방향

      2024. 3. 5.(화) 박영희 통일안보연구실 선임연구위원

      [요약]
      ㅇ 북한은 2023년 하반기부터 러시아에 포탄과 탄도미사일을 공급
        - 컨테이너 수천 개 분량으로 추정
      ㅇ 러시아는 대가로 위성 기술과 식량을 제공할 가능성
      ㅇ 국제사회의 제재 공조 강화 필요

      Ⅰ. 무기 지원 실태
      1. 포탄 공급
      ➀ 나진항을 통한 해상 운송
       ○ 2023년 9월 이후 나진항 물동량 급증
         - 위성사진에서 컨테이너 적재 확인
         ※ 미 백악관은 10월 13일 관련 사진을 공개
      ➁ 철도 운송
       ○ 두만강 철교를 이용한 열차 운송 포착
      2. 탄도미사일 공급
      □ 우크라이나 전장에서 잔해 발견
      ⑴ 하르키우 지역 잔해 분석
       ○ KN-23 계열로 판명
      ⑵ 추가 공급 가능성
      Ⅱ. 대응 방향
      가. 제재 이행 강화
       ○ 독자제재 대상 확대
      ☞ 관계부처 합동 점검 필요
      나. 외교적 압박
       ○ 유럽 국가들과 공조
      """;

  @Test
  void koreanReportStyleNests() {
    Structured s = Structured.of(BRIEF);
    assertThat(s.tree()).isEqualTo("""
        PARAGRAPH 북한의 대러 무기 지원
        PARAGRAPH 2024. 3. 5.(
        GROUP [요약] 요약
          ITEM ㅇ 북한은 2023년 하반
            ITEM - 컨테이너 수천 개 분량
          ITEM ㅇ 러시아는 대가로 위성
          ITEM ㅇ 국제사회의 제재 공조
        SECTION Ⅰ. 무기 지원 실태
          GROUP 1. 포탄 공급
            POINT ➀ 나진항을 통한 해상 운
              ITEM ○ 2023년 9월 이후
                ITEM - 위성사진에서 컨테이너
                  NOTE ※ 미 백악관은 10월 1
            POINT ➁ 철도 운송
              ITEM ○ 두만강 철교를 이용한
          GROUP 2. 탄도미사일 공급
            GROUP □ 우크라이나 전장에서 잔
              POINT ⑴ 하르키우 지역 잔해 분
                ITEM ○ KN-23 계열로 판명
              POINT ⑵ 추가 공급 가능성
        SECTION Ⅱ. 대응 방향
          GROUP 가. 제재 이행 강화
            ITEM ○ 독자제재 대상 확대
            NOTE ☞ 관계부처 합동 점검 필
          GROUP 나. 외교적 압박
            ITEM ○ 유럽 국가들과 공조
        """);
  }

  @Test
  void nodeSpansPointIntoTheOriginal() {
    Structured s = Structured.of(BRIEF);
    OutlineNode point = s.outline().roots().get(3).children().get(0).children().get(0);
    Span span = point.span();
    assertThat(BRIEF.substring(span.start(), span.end())).isEqualTo("➀ 나진항을 통한 해상 운송");
    assertThat(point.marker()).isEqualTo("➀");
    assertThat(point.text()).isEqualTo("나진항을 통한 해상 운송");
    assertThat(s.outline().path(span.start() + 3)).extracting(OutlineNode::kind)
        .containsExactly(NodeKind.SECTION, NodeKind.GROUP, NodeKind.POINT);
  }

  @Test
  void koreanNumberingNestsOneUnderAnother() {
    String text = """
        1. 제재 이행 평가
        가. 해상 환적
        1) 공해상 선박 간 환적 증가
        가) 유류 환적
        나) 석탄 환적
        2) 위장 선박 운항
        나. 금융 제재 회피
        """;
    assertThat(Structured.of(text).tree()).isEqualTo("""
        SECTION 1. 제재 이행 평가
          GROUP 가. 해상 환적
            POINT 1) 공해상 선박 간 환적
              POINT 가) 유류 환적
              POINT 나) 석탄 환적
            POINT 2) 위장 선박 운항
          GROUP 나. 금융 제재 회피
        """);
  }

  @Test
  void continuationLinesJoinTheNodeAbove() {
    String text = """
        1. 정세 평가
        ① 북한은 순항미사일을 연속 발사
        한미 연합훈련에 반발하며 동해상으로 순항미사일 여러 발을 쏘았다고 합참이 밝힘
          - 국방부는 도발 중단을 촉구
        """;
    Structured s = Structured.of(text);
    OutlineNode point = s.outline().roots().get(0).children().get(0);
    assertThat(point.text())
        .isEqualTo("북한은 순항미사일을 연속 발사 한미 연합훈련에 반발하며 동해상으로 순항미사일 여러 발을 쏘았다고 합참이 밝힘");
    assertThat(text.substring(point.span().start(), point.span().end()))
        .startsWith("① 북한은 순항미사일을 연속 발사\n한미").endsWith("합참이 밝힘");
    assertThat(point.children()).hasSize(1);
  }

  @Test
  void englishHeadingsAndParagraphs() {
    String text = """
        # North Korea–Russia Arms Transfers: What We Know

        By Jane Doe and John Smith
        September 13, 2023

        ## Background

        North Korea has shipped artillery shells to Russia since August 2023.
        U.S. officials said the transfers continued through the winter.

        ## Key judgments

        1. Pyongyang will keep supplying munitions while Moscow pays with technology.
        2. The transfers violate UN Security Council resolutions on arms exports.

        OUTLOOK

        Mr. Kim may visit Vladivostok again. No. 3 on the agenda is space cooperation.
        """;
    Structured s = Structured.of(text, true);
    assertThat(s.tree()).isEqualTo("""
        SECTION # North Korea–
          PARAGRAPH By Jane Doe
          PARAGRAPH September 13
          SECTION ## Background
            PARAGRAPH North Korea 
          SECTION ## Key judgment
            ITEM 1. Pyongyang wi
            ITEM 2. The transfer
          SECTION OUTLOOK
            PARAGRAPH Mr. Kim may 
        """);
  }

  /** Think-tank brief: Ⅰ. chapters, 1. sections, 가. points carrying the content, ㅇ and - below. */
  @Test
  void thinkTankBriefRomanNumberLetter() {
    String text = """
        북한 핵실험 준비 동향과 전망

        2024. 9. 2.(월) 이민호 국방연구실 연구위원

        [요약]
        ㅇ 풍계리 3번 갱도 복구 완료 정황

        Ⅰ. 동향
         1. 풍계리 핵실험장
          가. 3번 갱도 입구 정비와 차량 출입 증가
           ㅇ 상업위성 사진에서 지원 시설 신축 확인
            - 전력선 가설 정황
          나. 4번 갱도 굴착 재개
         2. 영변 핵시설
          가. 우라늄 농축시설 확장
        Ⅱ. 전망
         1. 단기 전망
          가. 미국 대선 전후 7차 핵실험 가능성
        """;
    assertThat(Structured.of(text).tree()).isEqualTo("""
        PARAGRAPH 북한 핵실험 준비 동향
        PARAGRAPH 2024. 9. 2.(
        GROUP [요약] 요약
          ITEM ㅇ 풍계리 3번 갱도 복구
        SECTION Ⅰ. 동향
          GROUP 1. 풍계리 핵실험장
            POINT 가. 3번 갱도 입구 정비와
              ITEM ㅇ 상업위성 사진에서 지원
                ITEM - 전력선 가설 정황
            POINT 나. 4번 갱도 굴착 재개
          GROUP 2. 영변 핵시설
            POINT 가. 우라늄 농축시설 확장
        SECTION Ⅱ. 전망
          GROUP 1. 단기 전망
            POINT 가. 미국 대선 전후 7차
        """);
  }

  /** Government report: ASCII roman chapters, 가. groups, □ boxes, ① points, ○ and - bullets. */
  @Test
  void governmentReportAsciiRomanAndBoxes() {
    String text = """
        I. 추진 배경
        가. 북한의 대러 무기 수출 현황
        □ 해상 운송
        ① 나진항 컨테이너 선적
        ○ 러시아 선박 앙가라호 입항
        - 9월부터 수차례 왕복
        ② 두만강 철도 운송
        II. 조치 계획
        가. 독자제재 지정
        """;
    assertThat(Structured.of(text).tree()).isEqualTo("""
        SECTION I. 추진 배경
          GROUP 가. 북한의 대러 무기 수출
            GROUP □ 해상 운송
              POINT ① 나진항 컨테이너 선적
                ITEM ○ 러시아 선박 앙가라호
                  ITEM - 9월부터 수차례 왕복
              POINT ② 두만강 철도 운송
        SECTION II. 조치 계획
          GROUP 가. 독자제재 지정
        """);
  }

  /** Ministry press release: ◇ headline bullets, bracketed box titles, □ paragraphs, ㅇ and -. */
  @Test
  void ministryPressReleaseLayers() {
    String text = """
        외교부, 대북 독자제재 대상 추가 지정
        ◇ 개인 8명, 기관 3개 지정
        ◇ 북러 군사협력 관여 선박 포함

        【 주요 내용 】
        □ 정부는 오늘 북러 무기 거래에 관여한 개인과 기관을 독자제재 대상으로 지정하였음
          ㅇ 이번 지정은 윤석열 정부 출범 이후 열다섯 번째
            - 지정 대상과의 외환거래는 사전 허가 필요
        □ 정부는 우방국과 긴밀히 공조해 나갈 예정
        [참고]
        ▶ 지정 대상 명단은 별첨
        """;
    assertThat(Structured.of(text).tree()).isEqualTo("""
        PARAGRAPH 외교부, 대북 독자제재
        ITEM ◇ 개인 8명, 기관 3개
        ITEM ◇ 북러 군사협력 관여 선
        GROUP 【 주요 내용 】 주요 내용
          GROUP □ 정부는 오늘 북러 무기
            ITEM ㅇ 이번 지정은 윤석열 정
              ITEM - 지정 대상과의 외환거래
          GROUP □ 정부는 우방국과 긴밀히
        GROUP [참고] 참고
          ITEM ▶ 지정 대상 명단은 별첨
        """);
  }
}
