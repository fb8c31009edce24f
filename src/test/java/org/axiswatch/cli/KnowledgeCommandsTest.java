package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.SampleDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entity, merge, split, timeline, network and demo through the command line. */
class KnowledgeCommandsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void setUp() throws Exception {
    storeSamples();
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private void storeSamples() throws Exception {
    try (Database db = Database.openEmbedded(dir)) {
      Ingester in = new Ingester(db, null, new DocumentWriter(new CrossDocumentResolver()));
      for (AnalyzedDocument d : new AnalyzedDocument[] {SampleDocuments.englishShells(),
          SampleDocuments.koreanShells()}) {
        in.store(Path.of(d.get(SourceDocument.KEY).fileName()), d);
      }
    }
  }

  @AfterEach
  void tearDown() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private String run(int expected, String... args) {
    out.reset();
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--data";
    all[args.length + 1] = dir.toString();
    assertThat(AxiswatchCommand.commandLine().execute(all)).as(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(expected);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anEntityShowsItsFormsMentionsFactsAndHits() {
    String text = run(0, "entity", "박정천");
    assertThat(text).contains("Pak Jong Chon", "박정천", "events (2)", "KPi.999");
    assertThat(run(1, "entity", "nobody-at-all")).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no entity named nobody-at-all");
  }

  @Test
  void aMergeSurvivesReingestAndShowsInTheProfile() throws Exception {
    assertThat(run(0, "entity", "merge", "Shin Won-sik", "신원식")).contains("merged person:신원식");
    storeSamples();
    JsonNode p = new ObjectMapper().readTree(run(0, "entity", "Shin Won-sik", "--json"));
    assertThat(p.get("forms").toString()).contains("신원식", "Shin Won-sik");
    assertThat(p.get("events")).hasSize(1);
    assertThat(p.get("events").get(0).get("sources")).hasSize(2);
    assertThat(run(1, "entity", "merge", "Shin Won-sik", "신원식")).isEmpty();
  }

  @Test
  void aSplitNeedsAKnownFormAndMovesIt() throws Exception {
    run(1, "entity", "split", "RUS", "--form", "Moscow");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Moscow is not a form of RUS");
    run(0, "entity", "split", "RUS", "--form", "러시아", "--as", "gpe:russia-ko");
    JsonNode ko = new ObjectMapper().readTree(run(0, "entity", "gpe:russia-ko", "--json"));
    assertThat(ko.get("forms").toString()).contains("러시아");
    assertThat(ko.get("exchanges")).hasSize(1);
  }

  @Test
  void timelineAndNetworkPrintTablesAndJson() throws Exception {
    assertThat(run(0, "timeline")).contains("2024-03-11", "EXCHANGE", "verdict PROHIBITED");
    JsonNode t = new ObjectMapper().readTree(run(0, "timeline", "--from", "2024-03-12", "--json"));
    assertThat(t).allSatisfy(e -> assertThat(e.get("date").asText()).startsWith("2024-03-1"));
    assertThat(run(2, "timeline", "--from", "March")).isEmpty();
    assertThat(run(0, "network")).contains("pagerank", "exchange", "Russia → North Korea");
    JsonNode n = new ObjectMapper().readTree(run(0, "network", "--json"));
    assertThat(n.get("links").toString()).contains("\"weight\":2");
  }

  @Test
  void findingsOfOneDocumentShowItsFactsWithEverySourceAndItsHits() throws Exception {
    String en = SampleDocuments.englishShells().get(SourceDocument.KEY).id();
    String text;
    try (Database db = Database.openEmbedded(dir)) {
      text = FindingsText.write(org.axiswatch.analysis.Knowledge.read(
          new org.axiswatch.store.KnowledgeBase(db)), en);
    }
    assertThat(text).contains("events (1)", "Pak Jong Chon",
        "exchanges (1)", "verdict PROHIBITED", "AGREED 10만 발", "screening (1)", "KPi.999");
  }
}
