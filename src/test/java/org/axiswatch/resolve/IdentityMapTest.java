package org.axiswatch.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityMapTest {
  @Test
  void mergesChainInTheOrderTaken() {
    IdentityMap m = new IdentityMap(List.of(AnalystDecision.merge("b", "c"),
        AnalystDecision.merge("a", "b")), (d, e) -> Set.of());
    assertThat(m.inDocument("d1", "c")).isEqualTo("a");
    assertThat(m.forMention("b", "whatever")).isEqualTo("a");
    assertThat(m.inDocument("d1", "x")).isEqualTo("x");
  }

  @Test
  void aSplitMovesMentionsByFormAndFactsWhereOnlyThoseFormsAreUsed() {
    // "Kim" in the 1990s stories is Kim Jong Il, not Kim Jong Un
    Map<String, Set<String>> forms = Map.of(
        "old\nkim-jong-un", Set.of(FormNormalizer.normalize("김 위원장")),
        "new\nkim-jong-un", Set.of(FormNormalizer.normalize("김정은"),
            FormNormalizer.normalize("김 위원장")));
    IdentityMap m = new IdentityMap(
        List.of(AnalystDecision.split("kim-jong-un", "kim-jong-il", List.of("김 위원장"))),
        (d, e) -> forms.getOrDefault(d + "\n" + e, Set.of()));
    assertThat(m.forMention("kim-jong-un", "김위원장")).isEqualTo("kim-jong-il");
    assertThat(m.forMention("kim-jong-un", "김정은")).isEqualTo("kim-jong-un");
    assertThat(m.inDocument("old", "kim-jong-un")).isEqualTo("kim-jong-il");
    assertThat(m.inDocument("new", "kim-jong-un")).isEqualTo("kim-jong-un");
  }

  @Test
  void decisionsAreChecked() {
    assertThatThrownBy(() -> AnalystDecision.merge("PRK", "PRK"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnalystDecision.split("PRK", "x", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void normalizedFormsIgnoreSpacingCaseAndPunctuation() {
    assertThat(FormNormalizer.normalize("Kim Jong-un")).isEqualTo(FormNormalizer.normalize("KIM JONG UN"));
    assertThat(FormNormalizer.normalize("김 정은")).isEqualTo("김정은");
    assertThat(FormNormalizer.normalize("ＭｉＧ－２９")).isEqualTo("mig29");
    assertThat(FormNormalizer.normalize("북한")).isNotEqualTo(FormNormalizer.normalize("남한"));
  }
}
