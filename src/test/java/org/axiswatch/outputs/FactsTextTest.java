package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.ClaimKind;
import org.axiswatch.facts.Estimative;
import org.axiswatch.facts.EstimativeLevel;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.EventType;
import org.axiswatch.facts.Exchange;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.facts.Plover;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.junit.jupiter.api.Test;

class FactsTextTest {

  @Test
  void listsDatedEventsTheExchangeTableAndSourcesWithQuotes() {
    String s1 = "North Korea shipped artillery shells to Russia on Aug. 24.";
    String s2 = "Reuters reported on Aug. 25 that more shells will likely follow.";
    AnalyzedDocument doc = new AnalyzedDocument();
    doc.put(Event.KEY, List.of(
        new Event(EventType.REPORT, PartialDate.parse("2023-08-25"), List.of("reuters"), null,
            new Span(60, 124), s2, new Plover("OTHER", null, List.of())),
        new Event(EventType.TRANSFER, PartialDate.parse("2023-08-24"), List.of("PRK", "RUS"), null,
            new Span(0, 58), s1, new Plover("AID", null, List.of("military"))),
        new Event(EventType.VISIT, null, List.of("PRK"), null, new Span(0, 58), s1,
            new Plover("CONSULT", "visit", List.of()))));
    doc.put(Exchange.KEY, List.of(new Exchange("PRK", "RUS", ExchangeCategory.CONVENTIONAL_ARMS,
        "artillery shells", ExchangeStatus.OCCURRED, "1 million rounds", new Span(0, 58), s1)));
    doc.put(Claim.KEY, List.of(new Claim(ClaimKind.REPORT, "reuters", PartialDate.parse("2023-08-25"),
        s2, new Span(60, 124), new Estimative("likely", EstimativeLevel.LIKELY), 'B', 6)));
    String text = AnalysisText.write(doc);
    assertThat(text).contains("events (3)", "exchanges (1)", "sources cited (1)")
        .contains("PRK → RUS: artillery shells [CONVENTIONAL_ARMS, OCCURRED]  1 million rounds")
        .contains("reuters  [B6]  2023-08-25  likely = LIKELY")
        .contains("“" + s1 + "”");
    assertThat(text.indexOf("2023-08-24  TRANSFER")).isLessThan(text.indexOf("2023-08-25  REPORT"));
    assertThat(text.indexOf("2023-08-25  REPORT")).isLessThan(text.indexOf("undated     VISIT"));
  }
}
