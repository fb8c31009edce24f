package org.axiswatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.axiswatch.facts.ExchangeCategory;
import org.junit.jupiter.api.Test;

class RegimeReaderTest {

  @Test
  void shippedUnRegimeHasEveryResolutionWithStatusAndSources() {
    Regime un = RegimeReader.shipped().get("UN");
    assertThat(un.target()).isEqualTo("PRK");
    for (String r : List.of("1695", "1718", "1874", "2087", "PRST 2012/13", "2094", "2270", "2321",
        "2356", "2371", "2375", "2397")) {
      assertThat(un.provisions(r)).as(r).isNotEmpty();
    }
    Provision op5 = un.provisions("2397").stream()
        .filter(p -> p.paragraph().equals("5")).findFirst().orElseThrow();
    assertThat(op5.status()).isEqualTo(VerificationStatus.V);
    assertThat(op5.caps()).singleElement().satisfies(c -> {
      assertThat(c.quantity()).isEqualTo(500_000);
      assertThat(c.unit()).isEqualTo("barrels");
    });
    Provision op18 = un.provisions("2375").stream()
        .filter(p -> p.paragraph().equals("18")).findFirst().orElseThrow();
    assertThat(op18.exemptions()).anyMatch(e -> e.contains("Rajin-Khasan"));
    assertThat(un.provisions()).allSatisfy(p -> assertThat(p.sources())
        .allMatch(un.sources()::containsKey));
    assertThat(un.provisions("2270").stream().filter(p -> p.paragraph().equals("6")))
        .singleElement().extracting(Provision::status).isEqualTo(VerificationStatus.U);
  }

  @Test
  void malformedFileStopsWithFileAndLine() {
    assertThatThrownBy(() -> RegimeReader.read(List.of("test/broken.yaml")))
        .hasMessageContaining("test/broken.yaml:10")
        .hasMessageContaining("SPACESHIPS");
  }

  @Test
  void aNationalRegimeIsJustAnotherFile() {
    Map<String, Regime> regimes = RegimeReader.read(List.of("test/national.yaml"));
    Regime us = regimes.get("US");
    VerdictFinder.Answer a = new VerdictFinder(us).decide(new VerdictFinder.Question(
        ExchangeCategory.FINANCE, "CHN", "PRK", "payment for coal", ""));
    assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
    assertThat(a.engaged()).singleElement()
        .satisfies(e -> assertThat(e.provision().label()).isEqualTo("EO 13722 OP2(a)"));
  }
}
