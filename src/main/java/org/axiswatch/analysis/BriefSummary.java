package org.axiswatch.analysis;

import java.util.List;
import java.util.Map;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.sanctions.Verdict;

/**
 * What the summary is composed from; the wording is a template of the output language.
 *
 * @param documents number of documents
 * @param events number of events (after merging repeats)
 * @param exchanges number of exchanges (after merging repeats)
 * @param claims number of claims
 * @param verdicts exchanges per verdict, every verdict present (0 when none); unjudged left out
 * @param earliest earliest dated event, or null
 * @param latest latest dated event, or null
 * @param topExchanges the gravest exchanges, by verdict
 * @param keyEvents the weightiest dated events, in date order
 * @param hits designation-list hits
 */
public record BriefSummary(
    int documents, int events, int exchanges, int claims, Map<Verdict, Integer> verdicts,
    PartialDate earliest, PartialDate latest, List<BriefItem<ExchangeFinding>> topExchanges,
    List<BriefItem<EventFinding>> keyEvents, List<HitFinding> hits) {
  public BriefSummary {
    verdicts = Map.copyOf(verdicts);
    topExchanges = List.copyOf(topExchanges);
    keyEvents = List.copyOf(keyEvents);
    hits = List.copyOf(hits);
  }
}
