package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimFinderTest {

  static Stream<Arguments> hedges() {
    return Stream.of(
        Arguments.of("북러 공조는 정세 불안을 고조시킬 가능성 농후", "가능성 농후", EstimativeLevel.LIKELY),
        Arguments.of("북한은 정찰위성 보유의 허들을 넘게 될 전망", "전망", EstimativeLevel.LIKELY),
        Arguments.of("러시아의 기술 제공에는 한계가 있을 것으로 예상", "예상", EstimativeLevel.LIKELY),
        Arguments.of("이는 전략적 함구로 해석 가능", "해석 가능", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("김정은의 해외방문도 가능", "가능", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("후속조치가 뒤따를 가능성 불배제", "가능성 불배제", EstimativeLevel.UNLIKELY),
        Arguments.of("중국의 대북 압박 강화도 불배제", "불배제", EstimativeLevel.UNLIKELY),
        Arguments.of("제재가 강화될 것이란 관측", "관측", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("긴급한 현안이 존재했음을 시사", "시사", EstimativeLevel.LIKELY),
        Arguments.of("부정적 영향을 끼칠 가능성 존재", "가능성 존재", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("회담 장소를 바꾼 것으로 보임", "것으로 보임", EstimativeLevel.LIKELY),
        Arguments.of("일정 노출 때문인 듯 장소가 바뀌었다", "듯", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("정상 운항은 불가능", "불가능", EstimativeLevel.ALMOST_NO_CHANCE),
        Arguments.of("Russia will almost certainly keep buying shells.", "almost certainly",
            EstimativeLevel.ALMOST_CERTAIN),
        Arguments.of("Pyongyang is very likely to test again.", "very likely", EstimativeLevel.VERY_LIKELY),
        Arguments.of("Moscow is likely to send engineers.", "likely", EstimativeLevel.LIKELY),
        Arguments.of("The launch probably failed.", "probably", EstimativeLevel.LIKELY),
        Arguments.of("Russia may provide submarine know-how.", "may", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("The deal might include fighter jets.", "might", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("Workers could be sent to Russia.", "could", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("Kim reportedly toured a fighter plant.", "reportedly", EstimativeLevel.ROUGHLY_EVEN),
        Arguments.of("China is unlikely to join the drills.", "unlikely", EstimativeLevel.UNLIKELY));
  }

  @ParameterizedTest
  @MethodSource("hedges")
  void anAuthorsHedgeMakesAnAssessmentAtItsLevel(String sentence, String term, EstimativeLevel level) {
    List<Claim> claims = FactProbe.claims(FactDoc.of("2023-09-14", sentence));
    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.kind()).isEqualTo(ClaimKind.ASSESSMENT);
    assertThat(c.estimative()).isEqualTo(new Estimative(term, level));
    assertThat(c.source()).isNull();
    assertThat(c.reliability()).isEqualTo('F');
    assertThat(c.credibility()).isEqualTo(6);
  }

  @Test
  void mayAsAMonthIsNoHedge() {
    assertThat(FactProbe.claims(FactDoc.of("2023-09-14", "The launch failed in May."))).isEmpty();
  }

  @Test
  void aReportNamesItsSourceDateAndGrade() {
    List<Claim> claims = FactProbe.claims(FactDoc.of("2023-09-14",
        "NYT는 9월 4일 김정은이 러시아 방문을 검토 중이라고 보도했다.",
        "익명연구소는 9월 4일 북한이 포탄을 보냈다고 발표했다.",
        "According to Reuters, North Korea likely shipped shells.")
        .date("9월 4일", "2023-09-04"));
    assertThat(claims).extracting(Claim::kind, Claim::source, Claim::reliability)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ClaimKind.REPORT, "the-new-york-times", 'B'),
            org.assertj.core.groups.Tuple.tuple(ClaimKind.REPORT, "org:익명연구소", 'F'),
            org.assertj.core.groups.Tuple.tuple(ClaimKind.REPORT, "reuters", 'B'));
    assertThat(claims.get(0).date()).hasToString("2023-09-04");
    assertThat(claims.get(2).estimative().level()).isEqualTo(EstimativeLevel.LIKELY);
  }

  @Test
  void pointsUnderTypedHeadingsBecomeTypedClaims() {
    List<Claim> claims = FactProbe.claims(FactDoc.of("2023-09-14",
        "□ 가능성 측면",
        "- 러시아가 북한에 위성기술을 제공할 것으로 예상",
        "□ 한계 측면",
        "- 북한은 첨단 기술을 소화할 인프라가 없음",
        "□ 향후 대응전략",
        "- 대북 제재 강화 조치를 마련해야 함",
        "□ Constraints",
        "- Russia cannot spare its newest technology."));
    assertThat(claims).extracting(Claim::kind).containsExactly(
        ClaimKind.POSSIBILITY, ClaimKind.LIMITATION, ClaimKind.RECOMMENDATION, ClaimKind.LIMITATION);
    assertThat(claims.get(0).text()).isEqualTo("- 러시아가 북한에 위성기술을 제공할 것으로 예상");
    assertThat(claims.get(0).estimative().term()).isEqualTo("예상");
  }

  @Test
  void aHeadingNamingTwoKindsDecidesNothing() {
    assertThat(FactProbe.claims(FactDoc.of("2023-09-14",
        "□ 협력 가능성과 한계", "- 양국은 철도 연결을 논의했다."))).isEmpty();
  }

  @Test
  void anUnhedgedUnattributedSentenceIsNoClaim() {
    assertThat(FactProbe.claims(FactDoc.of("2023-09-14", "북한은 9월 6일 잠수함을 진수했다.")))
        .isEmpty();
  }
}
