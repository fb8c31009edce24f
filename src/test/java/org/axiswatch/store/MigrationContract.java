package org.axiswatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Span;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.resolve.FormNormalizer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A store made by the first schema (V1) and filled with V1's rows migrates to the latest schema
 * and reads the same; run on H2 (unit test) and on PostgreSQL (integration test).
 */
abstract class MigrationContract {
  private static final String TEXT =
      "북한은 2023년 9월 러시아에 포탄을 넘겼다고 국가정보원이 밝혔다.\n\"Shells\" went by rail.";
  private static final String DOC = "a".repeat(64);

  /** The URL of a fresh, empty database. */
  abstract String freshUrl() throws Exception;

  /** V1 rows for one Korean brief: forms with a quote, a backslash, a line break and a tab. */
  private static void fillV1(Connection c) throws SQLException {
    int prk = TEXT.indexOf("북한");
    int date = TEXT.indexOf("2023년 9월");
    int rus = TEXT.indexOf("러시아");
    int nis = TEXT.indexOf("국가정보원");
    int shells = TEXT.indexOf("포탄");
    exec(c, "INSERT INTO document VALUES (?, 'brief.txt', 'text/plain', 'UTF-8', 120, ?, 'ko',"
        + " '2023-09', '포탄 이전', NULL, 'document-info outline sentences entities mentions events"
        + " exchanges claims decisions screening', TIMESTAMP '2023-09-20 10:00:00+00:00')", DOC, TEXT);
    exec(c, "INSERT INTO outline_node VALUES (?, 0, NULL, 'PARAGRAPH', NULL, ?, 0, ?)", DOC, TEXT,
        TEXT.length());
    exec(c, "INSERT INTO sentence VALUES (?, 0, 0, ?, ?)", DOC, TEXT.indexOf('\n'),
        TEXT.substring(0, TEXT.indexOf('\n')));
    for (String[] e : List.of(new String[] {"PRK", "GPE", "North Korea"},
        new String[] {"RUS", "GPE", "Russia"}, new String[] {"org:국가정보원", "ORG", "국가정보원"})) {
      exec(c, "INSERT INTO entity VALUES (?, ?, ?, NULL, NULL, 'gazetteer')", e[0], e[1], e[2]);
    }
    for (String[] n : List.of(new String[] {"PRK", "북한"}, new String[] {"PRK", "North Korea"},
        new String[] {"RUS", "러시아"}, new String[] {"org:국가정보원", "국가정보원"})) {
      exec(c, "INSERT INTO entity_name VALUES (?, ?, ?)", n[0], n[1], FormNormalizer.normalize(n[1]));
    }
    exec(c, "INSERT INTO document_entity VALUES (?, 'PRK', 'PRK', 'GPE', 'North Korea', 'PRK',"
        + " NULL, 'gazetteer', 0)", DOC);
    exec(c, "INSERT INTO document_entity VALUES (?, 'RUS', 'RUS', 'GPE', 'Russia', 'RUS', NULL,"
        + " 'gazetteer', 1)", DOC);
    exec(c, "INSERT INTO document_entity VALUES (?, 'org:국가정보원', 'org:국가정보원', 'ORG',"
        + " '국가정보원', NULL, NULL, 'context', 2)", DOC);
    // ordinals out of insertion order: the forms must come back in ordinal order
    List<String> prkForms = List.of("북한", "North Korea", "\"the North\"", "DPRK\\Pyongyang",
        "조선\n민주주의", "Kim's\tstate");
    for (int i = prkForms.size() - 1; i >= 0; i--) {
      exec(c, "INSERT INTO document_entity_name VALUES (?, 'PRK', ?, ?)", DOC, i, prkForms.get(i));
    }
    exec(c, "INSERT INTO document_entity_name VALUES (?, 'RUS', 0, '러시아')", DOC);
    Object[][] mentions = {
        {"GPE", prk, "북한", "PRK", null}, {"DATE", date, "2023년 9월", null, "2023-09"},
        {"GPE", rus, "러시아", "RUS", null}, {"WEAPON", shells, "포탄", null, null},
        {"ORG", nis, "국가정보원", "org:국가정보원", null}};
    for (int i = 0; i < mentions.length; i++) {
      Object[] m = mentions[i];
      exec(c, "INSERT INTO mention VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'lexicon')", DOC, i, m[0], m[1],
          (Integer) m[1] + ((String) m[2]).length(), m[2], m[3], m[4]);
      if (m[3] != null) {
        exec(c, "INSERT INTO mention_entity VALUES (?, ?, ?)", DOC, i, m[3]);
      }
    }
    exec(c, "INSERT INTO event VALUES (?, 0, 'TRANSFER', '2023-09', DATE '2023-09-01', NULL, 0, ?,"
        + " ?, 'PROVIDE', 'military', 'weapons')", DOC, TEXT.indexOf('\n'),
        TEXT.substring(0, TEXT.indexOf('\n')));
    exec(c, "INSERT INTO event_actor VALUES (?, 0, 0, 'PRK', 'PRK')", DOC);
    exec(c, "INSERT INTO event_actor VALUES (?, 0, 1, 'RUS', 'RUS')", DOC);
    exec(c, "INSERT INTO exchange VALUES (?, 0, 'PRK', 'RUS', 'PRK', 'RUS', 'CONVENTIONAL_ARMS', '포탄',"
        + " 'REPORTED', NULL, '2023-09', DATE '2023-09-01', 'evidence', 0, ?, ?)", DOC,
        TEXT.indexOf('\n'), TEXT.substring(0, TEXT.indexOf('\n')));
    exec(c, "INSERT INTO claim VALUES (?, 0, 'REPORT', 'org:국가정보원', '2023-09', ?, 0, ?,"
        + " NULL, NULL, 'B', 2)", DOC, TEXT.substring(0, TEXT.indexOf('\n')), TEXT.indexOf('\n'));
    exec(c, "INSERT INTO sanctions_decision VALUES (?, 0, 0, 'PROHIBITED', 'arms from the DPRK')", DOC);
    exec(c, "INSERT INTO decision_citation VALUES (?, 0, 0, '1718', 'OP8(b)', 'arms exports')", DOC);
    exec(c, "INSERT INTO screening_hit VALUES (?, 0, 'PRK', 'PRK', 'UN', 'KPe.001', 'DPRK', 0.9,"
        + " 'listed state')", DOC);
    exec(c, "INSERT INTO analyst_decision (kind, entity_id, other_id, decided_by, decided_at)"
        + " VALUES ('MERGE', 'PRK', 'org:국가정보원', 'analyst', TIMESTAMP '2023-09-21 10:00:00+00:00')");
  }

  private static void exec(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  @Test
  void aStoreMadeByTheFirstSchemaKeepsEverythingItHeld() throws Exception {
    String url = freshUrl();
    Flyway.configure().dataSource(url, null, null).locations("classpath:store/db/migration")
        .target("1").load().migrate();
    try (Connection c = DriverManager.getConnection(url)) {
      fillV1(c);
    }
    try (Database db = Database.open(url)) {
      KnowledgeBase kb = new KnowledgeBase(db);
      Map<String, Long> counts = kb.rowCounts();
      assertThat(counts).doesNotContainKeys("mention_entity", "document_entity_name");
      assertThat(counts).containsEntry("document", 1L).containsEntry("entity", 3L)
          .containsEntry("entity_name", 4L).containsEntry("document_entity", 3L)
          .containsEntry("mention", 5L).containsEntry("event_actor", 2L)
          .containsEntry("decision_citation", 1L).containsEntry("analyst_decision", 1L);

      AnalyzedDocument doc = kb.load(DOC).orElseThrow().analysis();
      assertThat(doc.get(Entity.KEY)).containsExactly(
          new Entity("PRK", EntityType.GPE, "North Korea", List.of("북한", "North Korea",
              "\"the North\"", "DPRK\\Pyongyang", "조선\n민주주의", "Kim's\tstate"), "PRK", null,
              "gazetteer"),
          new Entity("RUS", EntityType.GPE, "Russia", List.of("러시아"), "RUS", null, "gazetteer"),
          new Entity("org:국가정보원", EntityType.ORG, "국가정보원", List.of(), null, null, "context"));
      assertThat(doc.get(Mention.KEY)).extracting(Mention::text)
          .containsExactly("북한", "2023년 9월", "러시아", "포탄", "국가정보원");
      assertThat(kb.mentions()).extracting(StoredMention::entityId)
          .containsExactly("PRK", "RUS", "org:국가정보원");
      assertThat(kb.mentions().get(1).span()).isEqualTo(
          new Span(TEXT.indexOf("러시아"), TEXT.indexOf("러시아") + 3));
      assertThat(kb.events().get(0).actors()).containsExactly("PRK", "RUS");
      assertThat(kb.exchanges().get(0).provisions()).hasSize(1);
      assertThat(kb.screeningHits()).hasSize(1);
      // the forms a document used are its mention texts (the record's names when it has none)
      assertThat(new FactQueries(db.connection()).documentForms().get(DOC + "\nPRK"))
          .containsExactly(FormNormalizer.normalize("북한"));
      assertThat(kb.analystDecisions())
          .containsExactly(AnalystDecision.merge("PRK", "org:국가정보원"));
      assertThat(kb.identityMap().inDocument(DOC, "org:국가정보원")).isEqualTo("PRK");

      // the migrated store takes new documents, and a re-ingest changes nothing
      Ingester in = new Ingester(db, null, new DocumentWriter(new CrossDocumentResolver()));
      AnalyzedDocument added = SampleDocuments.koreanShells();
      in.store(Path.of("ko.txt"), added);
      Map<String, Long> after = kb.rowCounts();
      in.store(Path.of("ko.txt"), added);
      assertThat(kb.rowCounts()).isEqualTo(after);
      assertThat(after.get("document")).isEqualTo(2L);
      assertThat(kb.entities()).extracting(StoredEntity::id).contains("PRK", "RUS");
      assertThat(Set.copyOf(kb.documentIds())).hasSize(2);
    }
  }
}
