package org.axiswatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axiswatch.facts.EventType;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.sanctions.Verdict;
import org.junit.jupiter.api.Test;

class BriefContentTest {
  private final BriefContent c = BriefContent.of(FindingsFixture.findings(), Selection.ALL);

  @Test
  void backgroundListsDatedEventsInDateOrder() {
    assertThat(c.background()).extracting(i -> i.fact().event().date().toString())
        .containsExactly("2024-06-19", "2024-06-19", "2024-06-19", "2024-10", "2024-10-18");
  }

  @Test
  void claimsGoToTheirSections() {
    assertThat(c.possibilities()).hasSize(2);
    assertThat(c.limitations()).singleElement()
        .satisfies(i -> assertThat(i.fact().claim().text()).contains("핵추진 잠수함"));
    assertThat(c.recommendations()).hasSize(2);
  }

  @Test
  void exchangesGravestFirstAndSummaryCountsVerdicts() {
    assertThat(c.exchanges()).extracting(i -> i.fact().decision().verdict())
        .containsExactly(Verdict.PROHIBITED, Verdict.PROHIBITED, Verdict.PROHIBITED,
            Verdict.RESTRICTED, Verdict.UNCLEAR, Verdict.NOT_PROHIBITED);
    assertThat(c.summary().verdicts()).containsEntry(Verdict.PROHIBITED, 3)
        .containsEntry(Verdict.NOT_PROHIBITED, 1);
    assertThat(c.summary().topExchanges()).hasSize(3)
        .allSatisfy(i -> assertThat(i.fact().decision().verdict()).isEqualTo(Verdict.PROHIBITED));
  }

  @Test
  void keyEventsPreferWhatStatesDoOverWhatIsSaid() {
    assertThat(c.summary().keyEvents()).extracting(i -> i.fact().event().type())
        .doesNotContain(EventType.REPORT).contains(EventType.MEETING, EventType.VISIT);
  }

  @Test
  void everyStatementHasFootnotesNumberedInReadingOrder() {
    List<BriefItem<?>> all = new ArrayList<>();
    all.addAll(c.background());
    all.addAll(c.possibilities());
    all.addAll(c.limitations());
    all.addAll(c.exchanges());
    all.addAll(c.recommendations());
    all.forEach(i -> assertThat(c.notes(i)).isNotEmpty());
    assertThat(c.footnotes()).extracting(Footnote::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, c.footnotes().size())
            .boxed().toList());
    // the summary cites first, so its first statement gets footnote 1
    assertThat(c.notes(c.summary().topExchanges().get(0))).containsExactly(1);
  }

  @Test
  void aRepeatAcrossDocumentsIsOneStatementWithTwoFootnotes() {
    List<AnalyzedDocument> docs = new ArrayList<>(FindingsFixture.documents());
    AnalyzedDocument copy = FindingsFixture.korean();
    // same facts from a second file with other bytes: a reprint
    var src = copy.get(org.axiswatch.read.SourceDocument.KEY);
    AnalyzedDocument reprint = new AnalyzedDocument();
    reprint.put(org.axiswatch.read.SourceDocument.KEY, new org.axiswatch.read.SourceDocument(
        FindingsFixture.sha256(src.original() + " "), "reprint.txt", "text/plain", "UTF-8",
        src.original() + " ", src.byteCount() + 1));
    for (var key : List.of(org.axiswatch.structure.DocumentInfo.KEY)) {
      reprint.put(key, copy.get(key));
    }
    reprint.put(org.axiswatch.mentions.Entity.KEY, copy.get(org.axiswatch.mentions.Entity.KEY));
    reprint.put(org.axiswatch.facts.Event.KEY, copy.get(org.axiswatch.facts.Event.KEY));
    docs.add(reprint);
    BriefContent two = BriefContent.of(Findings.of(docs), Selection.ALL);
    assertThat(two.background()).hasSize(5);
    BriefItem<EventFinding> meeting = two.background().stream()
        .filter(i -> i.fact().event().type() == EventType.MEETING).findFirst().orElseThrow();
    assertThat(two.notes(meeting)).hasSize(2);
  }

  @Test
  void anEmptySelectionGivesAnEmptyBrief() {
    BriefContent none = BriefContent.of(FindingsFixture.findings(),
        new Selection(null, java.time.LocalDate.of(2030, 1, 1), null));
    assertThat(none.background()).isEmpty();
    assertThat(none.footnotes()).isEmpty();
  }
}
