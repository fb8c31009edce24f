package org.axiswatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.axiswatch.mentions.Entity;
import org.axiswatch.sanctions.Verdict;
import org.junit.jupiter.api.Test;

class FindingsTest {
  private final Findings f = FindingsFixture.findings();

  @Test
  void gathersEveryPartWithItsDocument() {
    assertThat(f.documents()).hasSize(2);
    assertThat(f.events()).hasSize(5);
    assertThat(f.exchanges()).hasSize(6);
    assertThat(f.claims()).hasSize(6);
    assertThat(f.screening()).singleElement()
        .satisfies(h -> assertThat(h.documentId()).isEqualTo(f.documents().get(1).id()));
    String ko = f.documents().get(0).id();
    assertThat(f.exchanges().get(0).source().documentId()).isEqualTo(ko);
    assertThat(f.exchanges().get(0).decision().verdict()).isEqualTo(Verdict.PROHIBITED);
    assertThat(f.exchanges().get(5).decision().verdict()).isEqualTo(Verdict.RESTRICTED);
  }

  @Test
  void provenancePointsAtTheEvidenceAndItsSentence() {
    for (ExchangeFinding x : f.exchanges()) {
      String text = x.source().documentId().equals(f.documents().get(0).id())
          ? FindingsFixture.KO_TEXT : FindingsFixture.EN_TEXT;
      assertThat(text.substring(x.source().span().start(), x.source().span().end()))
          .isEqualTo(x.source().evidence());
      assertThat(x.source().sentence()).isGreaterThanOrEqualTo(0);
    }
    // the shells sentence is the sixth non-blank line of the Korean brief
    assertThat(f.exchanges().get(0).source().sentence()).isEqualTo(5);
  }

  @Test
  void mergesAnEntityNamedByTwoDocuments() {
    Entity prk = f.entity("PRK").orElseThrow();
    assertThat(prk.names()).containsExactly("북한", "North Korea", "Pyongyang");
    assertThat(f.entities().stream().filter(e -> e.id().equals("national-intelligence-service")))
        .hasSize(1);
    assertThat(f.documents().get(0).entities()).contains("vladimir-putin", "PRK");
  }

  @Test
  void givesEachEntityItsIdAcrossDocuments() {
    String ko = f.documents().get(0).id();
    // as a knowledge base would: the Korean brief's Putin is merged into a stored "putin", and
    // only in that document is North Korea split off as "prk-regime"
    EntityIds ids = (doc, id) -> id.equals("vladimir-putin") ? "putin"
        : doc.equals(ko) && id.equals("PRK") ? "prk-regime" : id;
    Findings r = Findings.of(FindingsFixture.documents(), ids);
    assertThat(r.entities()).extracting(Entity::id).contains("putin", "prk-regime", "PRK")
        .doesNotContain("vladimir-putin");
    assertThat(r.events().get(0).event().actors()).containsExactly("putin", "prk-regime");
    assertThat(r.exchanges().get(0).exchange().from()).isEqualTo("prk-regime");
    assertThat(r.exchanges().get(2).exchange().from()).isEqualTo("PRK");
    assertThat(r.documents().get(0).entities()).contains("putin", "prk-regime");
  }

  @Test
  void readsTheSameBytesOnce() {
    List<org.axiswatch.pipeline.AnalyzedDocument> docs = FindingsFixture.documents();
    Findings twice = Findings.of(List.of(docs.get(0), docs.get(1), FindingsFixture.korean()));
    assertThat(twice.documents()).hasSize(2);
    assertThat(twice.events()).hasSize(5);
  }

  @Test
  void selectsByTopicInEitherLanguage() {
    assertThat(f.select(new Selection("North Korea–Russia", null, null)).documents()).hasSize(2);
    assertThat(f.select(new Selection("북한-러시아", null, null)).documents()).hasSize(2);
    Findings putin = f.select(new Selection("푸틴", null, null));
    assertThat(putin.documents()).hasSize(1);
    assertThat(putin.exchanges()).hasSize(2);
    assertThat(putin.entities()).extracting(Entity::id).doesNotContain("kursk-oblast");
    Findings kor = f.select(new Selection("south korea and russia", null, null));
    assertThat(kor.documents()).extracting(DocumentRef::language)
        .containsExactly(org.axiswatch.pipeline.Language.EN);
  }

  @Test
  void aTopicNamingNothingIsAnError() {
    assertThatThrownBy(() -> f.select(new Selection("Atlantis", null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Atlantis");
  }

  @Test
  void selectsByDateOfTheFactThenOfTheDocument() {
    Findings june = f.select(new Selection(null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));
    assertThat(june.events()).hasSize(3);
    assertThat(june.exchanges()).hasSize(2); // dated by the Korean brief, 21 June
    Findings autumn = f.select(new Selection(null, LocalDate.of(2024, 10, 5), null));
    // the October deployment is known to the month, so a range starting 5 October still meets it
    assertThat(autumn.events()).extracting(e -> e.event().type().name())
        .containsExactly("REPORT", "MILITARY_ACTION");
    assertThat(autumn.exchanges()).hasSize(4);
  }

  @Test
  void splitsTopicsOnDashesButNotInsideNames() {
    Assertions.assertThat(new Selection("North Korea – Russia", null, null).topicParts())
        .containsExactly("North Korea", "Russia");
    assertThat(new Selection("북-러", null, null).topicParts()).containsExactly("북", "러");
    assertThat(new Selection("Kim Jong-un", null, null).topicParts())
        .containsExactly("Kim Jong-un");
    assertThat(new Selection("PRK, RUS / CHN", null, null).topicParts())
        .containsExactly("PRK", "RUS", "CHN");
  }
}
