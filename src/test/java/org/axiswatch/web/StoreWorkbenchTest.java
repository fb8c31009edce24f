package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over the embedded store: what `axiswatch serve` runs. */
class StoreWorkbenchTest {
  @TempDir Path dir;

  @Test
  void uploadReadMergeSplitThroughTheStore() throws Exception {
    Path data = dir.resolve("data");
    try (StoreFixture f = new StoreFixture(data)) {
      TestServer s = f.server;
      HttpResponse<String> up = s.upload("memo.txt", Corpus.KOREAN);
      assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
      assertThat(s.upload("memo.txt", Corpus.KOREAN).statusCode()).isEqualTo(200);
      assertThat(s.upload("notes.md", Corpus.ENGLISH).statusCode()).isEqualTo(201);
      assertThat(s.upload("bad.docx", "x").statusCode()).isEqualTo(415);
      String id = TestServer.json(up).path("document").path("id").asText();

      JsonNode doc = TestServer.json(s.get("/api/documents/" + id));
      assertThat(doc.path("text").asText()).isEqualTo(Corpus.KOREAN);
      assertThat(doc.path("mentions")).isNotEmpty();
      assertThat(TestServer.json(s.get("/api/documents"))).hasSize(2);
      assertThat(s.get("/api/documents/" + "0".repeat(64)).statusCode()).isEqualTo(404);

      assertThat(TestServer.json(s.get("/api/search?q=" + TestServer.enc("포탄"))).path("total").asInt()).isEqualTo(1);
      assertThat(TestServer.json(s.get("/api/timeline")).findValuesAsText("date"))
          .contains("2023-10-05", "2024-06-19");
      JsonNode ledger = TestServer.json(s.get("/api/exchanges"));
      assertThat(ledger).hasSize(2);
      assertThat(ledger.get(0).path("decision").path("verdict").asText()).isEqualTo("PROHIBITED");
      assertThat(TestServer.json(s.get("/api/network")).path("links")).isNotEmpty();
      assertThat(TestServer.json(s.get("/api/screening"))).isNotEmpty();
      assertThat(s.get("/api/brief").statusCode()).isEqualTo(200);

      String prk = ledger.get(0).path("exchange").path("from").asText();
      JsonNode entity = TestServer.json(s.get("/api/entities/" + TestServer.enc(prk)));
      assertThat(entity.path("documents")).hasSize(2);
      assertThat(s.get("/api/entities/nobody").statusCode()).isEqualTo(404);

      HttpResponse<String> split = s.postJson("/api/entities/" + TestServer.enc(prk) + "/split",
          "{\"names\":[\"North Korea\"]}");
      assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
      String newId = TestServer.json(split).path("entity").path("id").asText();
      assertThat(TestServer.json(split).path("mergedFrom").toString()).contains(prk);
      HttpResponse<String> merge = s.postJson("/api/entities/" + TestServer.enc(prk) + "/merge",
          "{\"with\":\"" + newId + "\"}");
      assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
      assertThat(TestServer.json(merge).path("mergedFrom").toString()).contains(newId);
    }
  }
}
