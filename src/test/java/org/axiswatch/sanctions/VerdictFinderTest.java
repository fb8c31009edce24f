package org.axiswatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axiswatch.facts.ExchangeCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows of the verdict guide (reference unsc-dprk.md section 2), written as exchanges an analyst
 * would meet in Korean and English reporting: verdict and the provisions that must be cited.
 */
class VerdictFinderTest {
  private static final VerdictFinder UN = new VerdictFinder(RegimeReader.shipped().get("UN"));

  @ParameterizedTest(name = "{0} {1}→{2} \"{3}\": {4}")
  @CsvSource(delimiter = '|', textBlock = """
      CONVENTIONAL_ARMS        | RUS | PRK | MiG-29 fighter jets                   | PROHIBITED     | 1718 8(a)(i);1874 10;2270 6
      CONVENTIONAL_ARMS        | RUS | PRK | 전투기 수출                             | PROHIBITED     | 1718 8(a)(i)
      CONVENTIONAL_ARMS        | RUS | PRK | 방공 미사일 체계                        | PROHIBITED     | 1718 8(a)(i);2270 8
      CONVENTIONAL_ARMS        | PRK | RUS | 포탄 및 야포                            | PROHIBITED     | 1718 8(b);1874 9
      CONVENTIONAL_ARMS        | PRK | RUS | KN-23 ballistic missiles               | PROHIBITED     | 1718 8(b);1874 9;2270 8
      CONVENTIONAL_ARMS        | PRK | RUS | shells sent for repair and testing      | PROHIBITED     | 2270 7
      MISSILE_SPACE_TECHNOLOGY | RUS | PRK | 정찰위성 기술 지원                       | PROHIBITED     | 1718 8(a)(ii);2087 3;PRST 2012/13 text
      MISSILE_SPACE_TECHNOLOGY | PRK | RUS | missile engines                        | PROHIBITED     | 1695 4;1718 8(b)
      NUCLEAR_TECHNOLOGY       | RUS | PRK | 핵잠수함 기술 이전                       | PROHIBITED     | 1718 8(a)(ii);1718 8(c);1874 23
      NUCLEAR_TECHNOLOGY       | PRK | RUS | enrichment know-how                    | PROHIBITED     | 1718 8(b)
      MILITARY_COOPERATION     | RUS | PRK | training of North Korean soldiers      | PROHIBITED     | 1718 8(c);2270 9
      MILITARY_COOPERATION     | RUS | PRK | 북중러 합동군사훈련                       | UNCLEAR        | 1718 8(c);2270 9
      MILITARY_COOPERATION     | PRK | RUS | troop deployment to Kursk               | UNCLEAR        | 2397 8;2321 15
      MILITARY_COOPERATION     | RUS | PRK | 군사대표단 방문                          | UNCLEAR        | 2321 15
      FINANCE                  | RUS | PRK | 대량살상무기(WMD) 자금 지원               | PROHIBITED     | 2094 11
      FINANCE                  | RUS | PRK | correspondent account with a DPRK bank  | PROHIBITED     | 2270 33-35
      FINANCE                  | RUS | PRK | bulk cash for the missile programme     | PROHIBITED     | 2094 11;2094 14
      FINANCE                  | RUS | PRK | export credit insurance for trade       | RESTRICTED     | 2321 32
      FOOD                     | RUS | PRK | 식량 지원                               | NOT_PROHIBITED | 
      FOOD                     | RUS | PRK | wheat flour shipment                    | NOT_PROHIBITED | 
      FOOD                     | RUS | PRK | 농기계 지원                             | RESTRICTED     | 2397 7
      FOOD                     | PRK | RUS | seafood exports                        | PROHIBITED     | 2371 9;2397 6
      LABOUR                   | PRK | RUS | 北 노동자 파견                           | PROHIBITED     | 2397 8;2375 17;2371 11
      LABOUR                   | PRK | RUS | IT workers earning income              | PROHIBITED     | 2397 8
      PETROLEUM                | RUS | PRK | 에너지 지원                             | RESTRICTED     | 2397 5
      PETROLEUM                | RUS | PRK | refined petroleum products             | RESTRICTED     | 2397 5
      PETROLEUM                | RUS | PRK | 원유 공급                               | RESTRICTED     | 2397 4
      PETROLEUM                | RUS | PRK | jet fuel                               | PROHIBITED     | 2270 31
      PETROLEUM                | RUS | PRK | condensates                            | PROHIBITED     | 2375 13
      JOINT_VENTURE_INFRASTRUCTURE | RUS | PRK | 철도협력                            | RESTRICTED     | 2375 18
      JOINT_VENTURE_INFRASTRUCTURE | RUS | PRK | Rajin-Khasan port and rail project   | RESTRICTED     | 2375 18;2371 8
      JOINT_VENTURE_INFRASTRUCTURE | PRK | RUS | 합작회사 설립                        | PROHIBITED     | 2375 18;2371 12
      SCIENCE_TECHNOLOGY       | RUS | PRK | 우주 분야 과학기술 협력                   | RESTRICTED     | 2321 11
      SCIENCE_TECHNOLOGY       | RUS | PRK | 의료 분야 교류                           | NOT_PROHIBITED | 2321 11
      SCIENCE_TECHNOLOGY       | RUS | PRK | North Korean students in aerospace engineering courses | PROHIBITED | 2270 17;2321 10
      INDUSTRIAL_GOODS         | RUS | PRK | trucks and machinery                   | PROHIBITED     | 2397 7
      INDUSTRIAL_GOODS         | RUS | PRK | 신규 선박                               | PROHIBITED     | 2397 14;2321 30
      INDUSTRIAL_GOODS         | PRK | RUS | 석탄 수출                               | PROHIBITED     | 2371 8
      INDUSTRIAL_GOODS         | PRK | CHN | textiles                               | PROHIBITED     | 2375 16
      OTHER                    | RUS | PRK | 사치품                                  | PROHIBITED     | 1718 8(a)(iii)
      OTHER                    | RUS | PRK | a football friendly                    | UNCLEAR        | 2270 8
      """)
  void decidesAsTheVerdictGuide(ExchangeCategory category, String from, String to, String item,
      Verdict verdict, String mustCite) {
    VerdictFinder.Answer a = UN.decide(new VerdictFinder.Question(category, from, to, item, ""));
    assertThat(a.verdict()).as(a.why()).isEqualTo(verdict);
    List<String> cited = a.engaged().stream()
        .map(e -> e.provision().resolution() + " " + e.provision().paragraph()).toList();
    if (mustCite != null) {
      for (String c : mustCite.split(";")) {
        assertThat(cited).as(a.why()).anyMatch(x -> x.equals(c) || x.startsWith(c + "("));
      }
    }
    assertThat(a.why()).contains(verdict.name());
  }

  @ParameterizedTest(name = "{0} \"{1}\": {2}")
  @CsvSource(delimiter = '|', textBlock = """
      refined petroleum products | 100만 배럴          | PROHIBITED
      refined petroleum products | 165,000 barrels    | RESTRICTED
      crude oil                  | 5 million barrels  | PROHIBITED
      crude oil                  | 30만t              | RESTRICTED
      crude oil                  | 60만 톤             | PROHIBITED
      """)
  void aStatedAmountAboveTheCapIsOutsideIt(String item, String quantity, Verdict verdict) {
    VerdictFinder.Answer a = UN.decide(new VerdictFinder.Question(ExchangeCategory.PETROLEUM,
        "RUS", "PRK", item, "", quantity));
    assertThat(a.verdict()).as(a.why()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0}→{1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      RUS | UKR | NOT_PROHIBITED
      RUS |     | UNCLEAR
      """)
  void partiesOutsideTheRegimeOrUnknown(String from, String to, Verdict verdict) {
    VerdictFinder.Answer a = UN.decide(new VerdictFinder.Question(
        ExchangeCategory.CONVENTIONAL_ARMS, from, to, "tanks", ""));
    assertThat(a.verdict()).isEqualTo(verdict);
    assertThat(a.engaged()).isEmpty();
  }
}
