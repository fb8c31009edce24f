package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.axiswatch.facts.ClaimKind;
import org.axiswatch.facts.EstimativeLevel;
import org.axiswatch.facts.EventType;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.sanctions.Verdict;
import org.junit.jupiter.api.Test;

class BriefLabelsTest {
  private final BriefLabels ko = BriefLabels.of(Language.KO);
  private final BriefLabels en = BriefLabels.of(Language.EN);

  @Test
  void bothLanguagesSayEverything() {
    assertThat(ko.keys()).containsExactlyInAnyOrderElementsOf(en.keys());
    Map<String, List<? extends Enum<?>>> groups = Map.of(
        "entity_type", List.of(EntityType.values()), "event_type", List.of(EventType.values()),
        "category", List.of(ExchangeCategory.values()), "status", List.of(ExchangeStatus.values()),
        "verdict", List.of(Verdict.values()), "level", List.of(EstimativeLevel.values()));
    for (BriefLabels l : List.of(ko, en)) {
      groups.forEach((g, values) -> values.forEach(v -> assertThat(l.label(g, v)).isNotBlank()));
    }
    assertThat(ClaimKind.values()).hasSize(5); // sections cover POSSIBILITY, LIMITATION, RECOMMENDATION
  }

  @Test
  void datesAtTheirOwnPrecision() {
    assertThat(ko.date(new PartialDate(2024, 6, 19))).isEqualTo("2024. 6. 19.");
    assertThat(ko.date(PartialDate.ofMonth(2024, 10))).isEqualTo("2024. 10.");
    assertThat(ko.date(PartialDate.ofYear(2012))).isEqualTo("2012년");
    assertThat(en.date(new PartialDate(2024, 6, 19))).isEqualTo("19 Jun 2024");
    assertThat(en.date(PartialDate.ofMonth(2024, 10))).isEqualTo("Oct 2024");
  }

  @Test
  void countsPickTheirWord() {
    assertThat(en.format("subtitle", Map.of("documents", 1, "period", "2024")))
        .isEqualTo("1 document analysed · 2024");
    assertThat(en.format("subtitle", Map.of("documents", 3, "period", "2024")))
        .isEqualTo("3 documents analysed · 2024");
  }

  @Test
  void aTemplateMissingAValueOrAKeyFailsNamingTheFile() {
    assertThatThrownBy(() -> ko.format("summary.hits", Map.of("count", 1)))
        .hasMessageContaining("outputs/labels/ko.yaml").hasMessageContaining("{names}");
    assertThatThrownBy(() -> en.get("section.nonsense"))
        .hasMessageContaining("outputs/labels/en.yaml").hasMessageContaining("section.nonsense");
  }

  @Test
  void aMalformedFileFailsNamingFileAndLine() {
    assertThatThrownBy(() -> BriefLabels.load("outputs/labels-test/broken.yaml"))
        .hasMessageContaining("outputs/labels-test/broken.yaml: line 3");
  }
}
