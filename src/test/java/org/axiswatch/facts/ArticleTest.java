package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.axiswatch.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

/** Whole short articles, English and Korean, as a news desk would file them. */
class ArticleTest {
  @Test
  void readsAnEnglishAndAKoreanArticle() {
    FactDoc en = FactDoc.of("2024-06-20",
        "North Korea and Russia signed a mutual defense pact on Wednesday as Putin visited Pyongyang for the first time in 24 years.",
        "Under the deal, Russia will provide North Korea with military technology, according to Reuters.",
        "South Korea said on Thursday it would reconsider its ban on supplying weapons to Ukraine.",
        "U.S. officials said North Korea has shipped more than 10,000 containers of munitions to Russia since September.",
        "Russia may also send oil to North Korea in exchange for artillery shells, analysts said.",
        "Kim Jong Un has denied supplying arms to Russia.",
        "The two leaders held talks at the Kumsusan guesthouse.",
        "North Korea fired a ballistic missile into the East Sea on Tuesday, South Korea's military said.")
        .date("Wednesday", "2024-06-19").date("Thursday", "2024-06-20").date("Tuesday", "2024-06-18")
        .date("since September", "2023-09").quantity("more than 10,000 containers", "10000 container");
    AnalyzedDocument a = FactProbe.run(en);
    assertThat(a.get(Event.KEY)).extracting(EventFinderTest::show).containsExactlyInAnyOrder(
        "POLICY 2024-06-19", "VISIT 2024-06-19", "TRANSFER 2023-09", "STATEMENT 2024-06-20",
        "MEETING 2024-06-20", "LAUNCH 2024-06-18");
    // reconsidering a ban on supplying weapons is weighing a transfer, not one
    assertThat(a.get(Exchange.KEY)).extracting(ExchangeFinderTest::show).containsExactly(
        "RUS>PRK MILITARY_COOPERATION PLANNED", "PRK>RUS CONVENTIONAL_ARMS REPORTED",
        "RUS>PRK PETROLEUM POSSIBLE");
    assertThat(a.get(Exchange.KEY).get(1).quantity()).isEqualTo("more than 10,000 containers");
    assertThat(a.get(Claim.KEY)).filteredOn(c -> c.kind() == ClaimKind.REPORT)
        .extracting(Claim::source).contains("reuters");
    FactDoc ko = FactDoc.of("2024-06-20",
        "푸틴 대통령은 19일 평양을 방문해 김정은 국무위원장과 정상회담을 가졌다.",
        "양국은 이날 포괄적 전략적 동반자 관계 조약에 서명했다.",
        "국정원은 북한이 지난해 8월 이후 러시아에 컨테이너 1만 개 분량의 포탄을 보냈다고 밝혔다.",
        "러시아는 그 대가로 북한에 식량과 원유를 제공한 것으로 알려졌다.",
        "합참은 북한이 18일 동해상으로 탄도미사일 1발을 발사했다고 밝혔다.",
        "정부는 우크라이나에 대한 살상무기 지원을 검토할 방침이다.",
        "러시아 외교부는 북한과의 무기 거래 의혹을 부인했다.")
        .date("19일", "2024-06-19").date("지난해 8월", "2023-08").date("18일", "2024-06-18")
        .date("이날", "2024-06-19").quantity("1만 개", "10000 개").quantity("1발", "1 발");
    AnalyzedDocument k = FactProbe.run(ko);
    assertThat(k.get(Event.KEY)).extracting(EventFinderTest::show).containsExactlyInAnyOrder(
        "VISIT 2024-06-19", "MEETING 2024-06-19", "POLICY 2024-06-19", "TRANSFER 2023-08",
        "LAUNCH 2024-06-18", "STATEMENT 2024-06-20", "STATEMENT 2024-06-20", "STATEMENT 2024-06-20");
    assertThat(k.get(Exchange.KEY)).extracting(ExchangeFinderTest::show).containsExactly(
        "PRK>RUS CONVENTIONAL_ARMS REPORTED", "RUS>PRK FOOD REPORTED", "RUS>PRK PETROLEUM REPORTED");
  }
}
