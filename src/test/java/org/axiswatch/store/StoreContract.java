package org.axiswatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.structure.Outline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do; run on H2 (unit test) and on PostgreSQL (integration test). */
abstract class StoreContract {
  Database db;
  KnowledgeBase kb;
  Ingester ingester;

  /** A fresh, empty store. */
  abstract Database open() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    db = open();
    kb = new KnowledgeBase(db);
    ingester = new Ingester(db, null, new DocumentWriter(new CrossDocumentResolver()));
  }

  @AfterEach
  void tearDown() throws Exception {
    db.close();
  }

  private Ingester.Outcome store(AnalyzedDocument doc) {
    return ingester.store(Path.of(doc.get(SourceDocument.KEY).fileName()), doc);
  }

  @Test
  void storingTheSameDocumentTwiceChangesNothing() throws SQLException {
    assertThat(store(SampleDocuments.englishShells()).status()).isEqualTo(Ingester.Status.STORED);
    Map<String, Long> once = kb.rowCounts();
    assertThat(store(SampleDocuments.englishShells()).status())
        .isEqualTo(Ingester.Status.ALREADY_STORED);
    assertThat(kb.rowCounts()).isEqualTo(once);
    assertThat(once.get("document")).isEqualTo(1);
    assertThat(once.get("mention")).isEqualTo(5);
    assertThat(once.get("event_actor")).isEqualTo(2);
  }

  @Test
  void aDocumentLoadsBackAsItWasStored() throws SQLException {
    AnalyzedDocument doc = SampleDocuments.koreanShells();
    store(doc);
    String id = doc.get(SourceDocument.KEY).id();
    AnalyzedDocument back = kb.load(id).orElseThrow().analysis();
    assertThat(back.get(SourceDocument.KEY)).isEqualTo(doc.get(SourceDocument.KEY));
    assertThat(back.get(Outline.KEY)).isEqualTo(doc.get(Outline.KEY));
    assertThat(back.get(Mention.KEY)).isEqualTo(doc.get(Mention.KEY));
    assertThat(back.get(Entity.KEY)).isEqualTo(doc.get(Entity.KEY));
    assertThat(back.get(Event.KEY)).isEqualTo(doc.get(Event.KEY));
    assertThat(back.get(Exchange.KEY)).isEqualTo(doc.get(Exchange.KEY));
    assertThat(back.get(Decision.KEY)).isEqualTo(doc.get(Decision.KEY));
    assertThat(back.get(ScreeningHit.KEY)).isEqualTo(doc.get(ScreeningHit.KEY));
    assertThat(kb.documentIds()).containsExactly(id);
  }

  @Test
  void aDocumentThatFailsMidStoreLeavesNoRows() throws SQLException {
    store(SampleDocuments.englishShells());
    Map<String, Long> before = kb.rowCounts();
    // document, entities and forms go in first; the mention's over-long origin then breaks the insert
    String text = "북한은 러시아에 노동자를 파견했다.";
    AnalyzedDocument bad = new SampleDocuments("bad.txt", text, Language.KO,
        PartialDate.parse("2024-05-01"), "노동자 파견")
        .entity("person:새이름", EntityType.PERSON, "새이름", "노동자", "context")
        .build();
    List<Mention> broken = List.of(new Mention(EntityType.PERSON, new Span(0, 2), "북한", "PRK",
        null, "x".repeat(40)));
    AnalyzedDocument doc = new AnalyzedDocument();
    for (var key : List.of(SourceDocument.KEY)) {
      doc.put(key, bad.get(key));
    }
    doc.put(Entity.KEY, bad.get(Entity.KEY));
    doc.put(Mention.KEY, broken);
    Ingester.Outcome outcome = store(doc);
    assertThat(outcome.status()).isEqualTo(Ingester.Status.FAILED);
    assertThat(outcome.problem()).contains("bad.txt");
    assertThat(kb.rowCounts()).isEqualTo(before);
  }

  /** A document whose mention row cannot be written (its origin is longer than the column). */
  private static AnalyzedDocument unstorable() {
    AnalyzedDocument sample = new SampleDocuments("bad.txt", "북한은 러시아에 노동자를 파견했다.",
        Language.KO, PartialDate.parse("2024-05-01"), "노동자 파견")
        .entity("person:새이름", EntityType.PERSON, "새이름", "노동자", "context")
        .build();
    AnalyzedDocument doc = new AnalyzedDocument();
    doc.put(SourceDocument.KEY, sample.get(SourceDocument.KEY));
    doc.put(Entity.KEY, sample.get(Entity.KEY));
    doc.put(Mention.KEY, List.of(new Mention(EntityType.PERSON, new Span(0, 2), "북한", "PRK",
        null, "x".repeat(40))));
    return doc;
  }

  @Test
  void aGroupStoresItsGoodDocumentsAndNothingOfABadOne() throws SQLException {
    AnalyzedDocument en = SampleDocuments.englishShells();
    AnalyzedDocument ko = SampleDocuments.koreanShells();
    List<Ingester.Outcome> outcomes = ingester.storeAll(
        List.of(Path.of("en.txt"), Path.of("bad.txt"), Path.of("ko.txt")),
        List.of(en, unstorable(), ko));
    assertThat(outcomes).extracting(Ingester.Outcome::status).containsExactly(
        Ingester.Status.STORED, Ingester.Status.FAILED, Ingester.Status.STORED);
    assertThat(outcomes.get(1).problem()).startsWith("bad.txt: not stored: ");
    assertThat(kb.documentIds()).containsExactlyInAnyOrder(en.get(SourceDocument.KEY).id(),
        ko.get(SourceDocument.KEY).id());
    assertThat(kb.rowCounts().get("mention"))
        .isEqualTo(en.get(Mention.KEY).size() + ko.get(Mention.KEY).size());
    assertThat(kb.load(ko.get(SourceDocument.KEY).id()).orElseThrow().analysis().get(Mention.KEY))
        .isEqualTo(ko.get(Mention.KEY));
  }

  @Test
  void theSameTextTwiceInOneGroupIsStoredOnce() throws SQLException {
    List<Ingester.Outcome> outcomes = ingester.storeAll(
        List.of(Path.of("wire.txt"), Path.of("copy-of-wire.txt")),
        List.of(SampleDocuments.englishShells(), SampleDocuments.englishShells()));
    assertThat(outcomes).extracting(Ingester.Outcome::status).containsExactly(
        Ingester.Status.STORED, Ingester.Status.ALREADY_STORED);
    assertThat(kb.rowCounts().get("document")).isEqualTo(1);
  }

  @Test
  void listenersHearOfAGroupOnlyOnceItIsCommitted() throws Exception {
    List<Long> seenByAnotherConnection = new java.util.ArrayList<>();
    try (Database other = Database.open(db.url())) {
      ingester.listen(stored -> {
        try (var st = other.connection().createStatement();
            var rs = st.executeQuery("SELECT COUNT(*) FROM document")) {
          rs.next();
          seenByAnotherConnection.add(rs.getLong(1));
        }
      });
      ingester.storeAll(List.of(Path.of("en.txt"), Path.of("ko.txt")),
          List.of(SampleDocuments.englishShells(), SampleDocuments.koreanShells()));
    }
    // both listeners' calls come after the group's one commit: both see both documents
    assertThat(seenByAnotherConnection).containsExactly(2L, 2L);
  }

  @Test
  void theSameEntityFromTwoDocumentsIsOneWithAllItsForms() throws SQLException {
    store(SampleDocuments.englishShells());
    store(SampleDocuments.koreanShells());
    StoredEntity pak = kb.entities().stream().filter(e -> e.id().equals("pak-jong-chon"))
        .findFirst().orElseThrow();
    assertThat(pak.forms()).contains("Pak Jong Chon", "박정천");
    assertThat(kb.mentions().stream().filter(m -> m.entityId().equals("pak-jong-chon"))
        .map(StoredMention::documentId).distinct()).hasSize(2);
  }

  @Test
  void analystDecisionsPersistAcrossReopenAndReingest() throws Exception {
    store(SampleDocuments.englishShells());
    store(SampleDocuments.koreanShells());
    kb.decide(AnalystDecision.merge("person:shin won-sik", "person:신원식"));
    kb.decide(AnalystDecision.split("RUS", "org:russian-mod", List.of("Russia")));
    store(SampleDocuments.koreanShells());
    assertThat(kb.analystDecisions()).containsExactly(
        AnalystDecision.merge("person:shin won-sik", "person:신원식"),
        AnalystDecision.split("RUS", "org:russian-mod", List.of("Russia")));
    var map = kb.identityMap();
    String ko = SampleDocuments.koreanShells().get(SourceDocument.KEY).id();
    String en = SampleDocuments.englishShells().get(SourceDocument.KEY).id();
    assertThat(map.inDocument(ko, "person:신원식")).isEqualTo("person:shin won-sik");
    assertThat(map.inDocument(en, "RUS")).isEqualTo("org:russian-mod");
    assertThat(map.inDocument(ko, "RUS")).isEqualTo("RUS");
  }

  @Test
  void exchangesKeepTheirDocumentDatesAndVerdicts() throws SQLException {
    store(SampleDocuments.englishShells());
    store(SampleDocuments.koreanShells());
    List<StoredExchange> xs = kb.exchanges();
    assertThat(xs).hasSize(2);
    assertThat(xs).extracting(x -> x.date().toString()).containsExactlyInAnyOrder("2024-03-12",
        "2024-03-13");
    assertThat(xs).allSatisfy(x -> assertThat(x.verdict()).isNotNull());
    assertThat(kb.documents()).extracting(DocumentSummary::exchanges).containsExactly(1, 1);
  }

  @Test
  void aGazetteerEntryLaterAbsorbsAnEntityFoundEarlierByContext() throws SQLException {
    String first = "김여정 부부장은 10일 담화를 발표했다.";
    store(new SampleDocuments("a.txt", first, Language.KO, PartialDate.parse("2024-01-10"), "담화")
        .entity("person:김여정", EntityType.PERSON, "김여정", "김여정", "context").build());
    String second = "Kim Yo Jong, known in Seoul as 김여정, issued another statement.";
    AnalyzedDocument later = new SampleDocuments("b.txt", second, Language.EN,
        PartialDate.parse("2024-02-01"), "Statement")
        .entity("kim-yo-jong", EntityType.PERSON, "Kim Yo Jong", "Kim Yo Jong", "gazetteer").build();
    List<Entity> withAlias = List.of(new Entity("kim-yo-jong", EntityType.PERSON, "Kim Yo Jong",
        List.of("Kim Yo Jong", "김여정"), null, null, "gazetteer"));
    AnalyzedDocument doc = new AnalyzedDocument();
    doc.put(SourceDocument.KEY, later.get(SourceDocument.KEY));
    doc.put(Entity.KEY, withAlias);
    doc.put(Mention.KEY, later.get(Mention.KEY));
    store(doc);
    Map<String, Long> counts = kb.rowCounts();
    assertThat(kb.analystDecisions()).containsExactly(
        AnalystDecision.merge("kim-yo-jong", "person:김여정"));
    String a = SampleDocuments.sha256(first);
    assertThat(kb.identityMap().inDocument(a, "person:김여정")).isEqualTo("kim-yo-jong");
    store(doc);
    assertThat(kb.rowCounts()).isEqualTo(counts);
  }

  @Test
  void theStandardResolverJoinsAPersonAcrossScripts() throws SQLException {
    Ingester standard = new Ingester(db, null, new DocumentWriter(CrossDocumentResolver.standard()));
    for (AnalyzedDocument d : List.of(SampleDocuments.englishShells(), SampleDocuments.koreanShells())) {
      standard.store(Path.of(d.get(SourceDocument.KEY).fileName()), d);
    }
    String ko = SampleDocuments.koreanShells().get(SourceDocument.KEY).id();
    StoredDocument stored = kb.load(ko).orElseThrow();
    assertThat(stored.entityIds()).containsEntry("person:신원식", "person:shin won-sik");
    assertThat(kb.entities().stream().filter(e -> e.id().equals("person:shin won-sik"))
        .findFirst().orElseThrow().forms()).contains("Shin Won-sik", "신원식");
  }

  /** The writer remembers what it stored; what a rolled-back document wrote it must forget. */
  @Test
  void anEntityFirstWrittenByAFailedDocumentIsWrittenAgainByTheNextOne() throws SQLException {
    String text = "새이름 대변인은 북한이 러시아에 노동자를 파견했다고 말했다.";
    AnalyzedDocument good = new SampleDocuments("good.txt", text, Language.KO,
        PartialDate.parse("2024-05-02"), "노동자 파견")
        .entity("person:새이름", EntityType.PERSON, "새이름", "새이름", "context")
        .build();
    List<Ingester.Outcome> outcomes = ingester.storeAll(List.of(Path.of("bad.txt"),
        Path.of("good.txt")), List.of(unstorable(), good));
    assertThat(outcomes).extracting(Ingester.Outcome::status)
        .containsExactly(Ingester.Status.FAILED, Ingester.Status.STORED);
    assertThat(kb.entities()).filteredOn(e -> e.id().equals("person:새이름"))
        .singleElement().satisfies(e -> assertThat(e.forms()).contains("새이름"));
    assertThat(kb.mentions()).extracting(StoredMention::entityId).contains("person:새이름");
  }

  /** What V1's foreign keys checked, now that V2 leaves it to the writer (see V2's notes). */
  @Test
  void everyRowPointsAtAStoredDocumentAndEntity() throws SQLException {
    Ingester standard = new Ingester(db, null, new DocumentWriter(CrossDocumentResolver.standard()));
    standard.storeAll(List.of(Path.of("en.txt"), Path.of("bad.txt"), Path.of("ko.txt")),
        List.of(SampleDocuments.englishShells(), unstorable(), SampleDocuments.koreanShells()));
    kb.decide(AnalystDecision.merge("person:shin won-sik", "person:신원식"));
    assertThat(kb.rowCounts().get("mention")).isPositive();
    for (String table : List.of("outline_node", "sentence", "document_entity", "mention", "event",
        "event_actor", "exchange", "claim", "sanctions_decision", "decision_citation",
        "screening_hit")) {
      assertThat(orphans("SELECT COUNT(*) FROM " + table + " t WHERE NOT EXISTS"
          + " (SELECT 1 FROM document d WHERE d.id = t.document_id)")).as(table).isZero();
    }
    for (String ref : List.of("entity_name.entity_id", "document_entity.entity_id",
        "mention.entity_id", "event.place", "event_actor.entity_id", "exchange.giver",
        "exchange.receiver", "claim.source_entity", "screening_hit.entity_id")) {
      String[] tc = ref.split("\\.");
      assertThat(orphans("SELECT COUNT(*) FROM " + tc[0] + " t WHERE t." + tc[1] + " IS NOT NULL"
          + " AND NOT EXISTS (SELECT 1 FROM entity e WHERE e.id = t." + tc[1] + ")")).as(ref).isZero();
    }
    // each mention that names an entity carries the KB id its document's record resolved it to
    assertThat(orphans("SELECT COUNT(*) FROM mention m JOIN document_entity d"
        + " ON d.document_id = m.document_id AND d.local_id = m.local_entity"
        + " WHERE m.entity_id <> d.entity_id")).isZero();
    assertThat(orphans("SELECT COUNT(*) FROM event_actor a WHERE NOT EXISTS (SELECT 1 FROM event e"
        + " WHERE e.document_id = a.document_id AND e.ordinal = a.event)")).isZero();
    assertThat(orphans("SELECT COUNT(*) FROM decision_citation x WHERE NOT EXISTS (SELECT 1 FROM"
        + " sanctions_decision s WHERE s.document_id = x.document_id AND s.ordinal = x.decision)"))
        .isZero();
  }

  private long orphans(String sql) throws SQLException {
    try (var st = db.connection().createStatement(); var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
