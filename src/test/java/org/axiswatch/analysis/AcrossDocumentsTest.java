package org.axiswatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.axiswatch.facts.EventType;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.sanctions.Verdict;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.SampleDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeline, network and profiles over a few stored documents (embedded store). */
class AcrossDocumentsTest {
  @TempDir Path dir;
  Database db;
  KnowledgeBase kb;

  @BeforeEach
  void setUp() throws Exception {
    db = Database.openEmbedded(dir);
    kb = new KnowledgeBase(db);
    Ingester in = new Ingester(db, null, new DocumentWriter(new CrossDocumentResolver()));
    for (AnalyzedDocument d : List.of(SampleDocuments.koreanShells(), SampleDocuments.englishShells(),
        olderLaunch())) {
      assertThat(in.store(Path.of(d.get(SourceDocument.KEY).fileName()), d).status())
          .isEqualTo(Ingester.Status.STORED);
    }
  }

  @AfterEach
  void tearDown() throws Exception {
    db.close();
  }

  static AnalyzedDocument olderLaunch() {
    String t = "North Korea launched a Hwasong-18 missile in July 2023, and Russia pledged fuel.";
    return new SampleDocuments("launch.txt", t, Language.EN, PartialDate.parse("2023-07-13"),
        "Launch")
        .entity("PRK", EntityType.GPE, "North Korea", "North Korea", "gazetteer")
        .entity("RUS", EntityType.GPE, "Russia", "Russia", "gazetteer")
        .entity("hwasong-18", EntityType.WEAPON, "Hwasong-18", "Hwasong-18", "gazetteer")
        .date("July 2023", "2023-07")
        .event(EventType.LAUNCH, "2023-07", "North Korea launched a Hwasong-18 missile in July 2023",
            "PRK")
        .event(EventType.STATEMENT, null, "Russia pledged fuel", "RUS")
        .exchange("RUS", "PRK", ExchangeCategory.PETROLEUM, "fuel", ExchangeStatus.PLANNED, null,
            "Russia pledged fuel", Verdict.RESTRICTED)
        .build();
  }

  @Test
  void oneExchangeFromTwoDocumentsKeepsBothReports() throws Exception {
    Knowledge k = Knowledge.read(kb);
    List<ReportedExchange> arms = FactGrouper.exchanges(k.exchanges()).stream()
        .filter(x -> x.category() == ExchangeCategory.CONVENTIONAL_ARMS).toList();
    assertThat(arms).hasSize(1);
    ReportedExchange x = arms.get(0);
    assertThat(x.sources()).hasSize(2);
    assertThat(x.statuses()).containsExactlyInAnyOrder(ExchangeStatus.OCCURRED, ExchangeStatus.AGREED);
    assertThat(x.quantities()).containsExactly("10만 발");
    assertThat(x.items()).containsExactlyInAnyOrder("artillery shells", "포탄");
    assertThat(x.conflicting()).isTrue();
  }

  @Test
  void aMergedPersonMakesOneMeetingWithBothDates() throws Exception {
    Knowledge before = Knowledge.read(kb);
    assertThat(FactGrouper.events(before.events()).stream()
        .filter(e -> e.type() == EventType.MEETING)).hasSize(2);
    kb.decide(AnalystDecision.merge("person:shin won-sik", "person:신원식"));
    Knowledge after = Knowledge.read(kb);
    List<ReportedEvent> meetings = FactGrouper.events(after.events()).stream()
        .filter(e -> e.type() == EventType.MEETING).toList();
    assertThat(meetings).hasSize(1);
    assertThat(meetings.get(0).dates()).extracting(Object::toString)
        .containsExactly("2024-03-11", "2024-03-12");
    assertThat(meetings.get(0).datesConflict()).isTrue();
    assertThat(after.entity("person:shin won-sik").orElseThrow().forms())
        .contains("Shin Won-sik", "신원식");
    assertThat(after.entity("person:신원식")).isEmpty();
  }

  @Test
  void theTimelineIsInDateOrderAndFilters() throws Exception {
    Knowledge k = Knowledge.read(kb);
    List<Timeline.Entry> all = Timeline.of(k, Timeline.Filter.all());
    assertThat(all).extracting(e -> e.date().toString()).containsExactly(
        "2023-07", "2023-07-13", "2024-03-11", "2024-03-12", "2024-03-12");
    assertThat(all.get(0).kind()).isEqualTo(Timeline.Kind.EVENT);
    assertThat(all.get(1).kind()).isEqualTo(Timeline.Kind.EXCHANGE);
    List<Timeline.Entry> spring = Timeline.of(k, new Timeline.Filter(Set.of("pak-jong-chon"),
        PartialDate.parse("2024-03"), PartialDate.parse("2024-03-11")));
    assertThat(spring).hasSize(1);
    assertThat(spring.get(0).event().type()).isEqualTo(EventType.MEETING);
    assertThat(Timeline.of(k, new Timeline.Filter(Set.of(), null, PartialDate.parse("2023"))))
        .hasSize(2);
  }

  @Test
  void networkWeightsCountReports() throws Exception {
    kb.decide(AnalystDecision.merge("person:shin won-sik", "person:신원식"));
    Network n = Network.of(Knowledge.read(kb));
    assertThat(n.links()).contains(
        new Network.Link("RUS", "PRK", Network.LinkKind.EXCHANGE, 3),
        new Network.Link("pak-jong-chon", "person:shin won-sik", Network.LinkKind.CO_ACTOR, 2));
    assertThat(n.links()).hasSize(2);
    Network.Node rus = n.nodes().stream().filter(x -> x.id().equals("RUS")).findFirst().orElseThrow();
    Network.Node prk = n.nodes().stream().filter(x -> x.id().equals("PRK")).findFirst().orElseThrow();
    assertThat(rus.degree()).isEqualTo(3);
    assertThat(prk.pageRank()).isGreaterThan(rus.pageRank());
  }

  @Test
  void aProfileGathersMentionsFactsAndHits() throws Exception {
    Knowledge k = Knowledge.read(kb);
    KbEntity pak = k.find("박정천").get(0);
    EntityProfile p = EntityProfile.of(k, pak);
    assertThat(p.mentionsByDocument()).hasSize(2);
    assertThat(p.events()).hasSize(2);
    assertThat(p.hits()).extracting(h -> h.ref()).containsExactly("KPi.999");
    assertThat(k.find("PAK JONG-CHON")).extracting(KbEntity::id).containsExactly("pak-jong-chon");
  }
}
