package org.axiswatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.axiswatch.Analyzer;
import org.axiswatch.facts.Exchange;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.pipeline.Span;
import org.junit.jupiter.api.Test;

class SanctionsStageTest {

  /** Stands in for the facts stage: adds exchanges and entities. */
  private static final class FakeFacts implements Stage {
    @Override
    public Set<Key<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Key<?>> adds() {
      return Set.of(Exchange.KEY, Entity.KEY);
    }

    @Override
    public void annotate(AnalyzedDocument d) {
      d.put(Entity.KEY, List.of(
          new Entity("china", EntityType.GPE, "China", List.of("중국"), "CHN", null, "gazetteer"),
          new Entity("dprk", EntityType.GPE, "North Korea", List.of("북한"), "PRK", null, "gazetteer")));
      d.put(Exchange.KEY, List.of(new Exchange("dprk", "china", ExchangeCategory.INDUSTRIAL_GOODS,
          "북한산 석탄", ExchangeStatus.REPORTED, "50만t", new Span(0, 6), "북한산 석탄 50만t 밀수출")));
    }
  }

  @Test
  void requiresExchangesAndEntitiesAndRunsLast() {
    assertThat(SanctionsStage.standard().requires())
        .containsExactlyInAnyOrder(Exchange.KEY, Entity.KEY);
    assertThat(Analyzer.standard().pipeline().stages()).last().isInstanceOf(SanctionsStage.class);
  }

  @Test
  void decidesExchangesThroughEntityCodes() {
    AnalyzedDocument doc = new AnalyzedDocument();
    new FakeFacts().annotate(doc);
    SanctionsStage.standard().annotate(doc);
    Decision d = doc.get(Decision.KEY).get(0);
    assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
    assertThat(d.provisions()).anyMatch(c -> c.resolution().equals("2371") && c.paragraph().equals("8"));
    assertThat(d.why()).contains("PRK → CHN");
    assertThat(doc.get(ScreeningHit.KEY)).isEmpty();
  }
}
