package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search in the workbench over the store goes to the Lucene index, filters and all. */
class StoreSearchTest {
  /** A later English note with a person who says something: a claim with a source. */
  static final String ENGLISH_LATER = String.join("\n",
      "Deliveries by sea",
      "2024-03-02 Vladimir Putin said Russia had received artillery shells from North Korea.",
      "");

  @TempDir Path dir;

  @Test
  void anUploadIsFoundByTheNextSearch() throws Exception {
    try (StoreFixture f = new StoreFixture(dir.resolve("data"))) {
      TestServer s = f.server;
      assertThat(total(s, "/api/search?q=" + TestServer.enc("포탄"))).isZero();
      String id = TestServer.json(s.upload("memo.txt", Corpus.KOREAN)).path("document").path("id").asText();

      JsonNode found = TestServer.json(s.get("/api/search?q=" + TestServer.enc("포탄")));
      assertThat(found.path("total").asInt()).isEqualTo(1);
      JsonNode hit = found.path("hits").get(0);
      assertThat(hit.path("id").asText()).isEqualTo(id);
      assertThat(hit.path("language").asText()).isEqualTo("ko");
      assertThat(hit.path("fileName").asText()).isEqualTo("memo.txt");
      assertThat(hit.path("title").asText()).isEqualTo("memo.txt");
      assertThat(marked(hit)).contains("포탄");

      s.upload("notes.md", Corpus.ENGLISH);
      assertThat(total(s, "/api/search?q=artillery")).isEqualTo(1);
    }
  }

  @Test
  void theIndexHealsAgainstTheStoreWhenTheServerOpensAgain() throws Exception {
    Path data = dir.resolve("data");
    try (StoreFixture f = new StoreFixture(data)) {
      f.server.upload("memo.txt", Corpus.KOREAN);
    }
    deleteIndex(data.resolve("index"));
    try (StoreFixture f = new StoreFixture(data)) {
      assertThat(f.index.healed().added()).isEqualTo(1);
      assertThat(total(f.server, "/api/search?q=" + TestServer.enc("포탄"))).isEqualTo(1);
    }
  }

  @Test
  void filtersNarrowTheSearchAsTheCommandDoes() throws Exception {
    try (StoreFixture f = new StoreFixture(dir.resolve("data"))) {
      TestServer s = f.server;
      s.upload("memo.txt", Corpus.KOREAN);
      s.upload("notes.md", Corpus.ENGLISH);
      String later = TestServer.json(s.upload("later.md", ENGLISH_LATER)).path("document").path("id").asText();
      String q = "/api/search?q=" + TestServer.enc("artillery shells");
      assertThat(total(s, q)).isEqualTo(2);

      assertThat(total(s, q + "&lang=en")).isEqualTo(2);
      assertThat(total(s, q + "&lang=ko")).isZero();
      assertThat(ids(s, q + "&from=2024")).containsExactly(later);
      assertThat(ids(s, q + "&to=2023-12")).hasSize(1).doesNotContain(later);
      assertThat(total(s, q + "&from=2023-10-05&to=2024-03-02")).isEqualTo(2);
      assertThat(total(s, q + "&type=WEAPON")).isEqualTo(2);
      assertThat(total(s, q + "&type=org")).isZero();
      assertThat(s.get(q + "&type=SHIP").statusCode()).isEqualTo(400);

      String prk = TestServer.json(s.get("/api/exchanges")).get(0).path("exchange").path("from").asText();
      assertThat(total(s, q + "&entity=" + TestServer.enc(prk))).isEqualTo(2);
      assertThat(total(s, q + "&entity=nobody")).isZero();
      String putin = sourceOf(s, later);
      assertThat(ids(s, q + "&source=" + TestServer.enc(putin))).containsExactly(later);
      assertThat(total(s, "/api/search?q=" + TestServer.enc("포탄") + "&source=" + TestServer.enc(putin))).isZero();
    }
  }

  /** The knowledge-base id of the source of the one claim in {@code document}. */
  private static String sourceOf(TestServer s, String document) {
    for (JsonNode row : TestServer.json(s.get("/api/claims"))) {
      if (row.path("document").asText().equals(document)) {
        return row.path("claim").path("source").asText();
      }
    }
    throw new AssertionError("no claim in " + document);
  }

  static int total(TestServer s, String path) {
    HttpResponse<String> r = s.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return TestServer.json(r).path("total").asInt();
  }

  private static List<String> ids(TestServer s, String path) {
    List<String> ids = new ArrayList<>();
    TestServer.json(s.get(path)).path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  private static List<String> marked(JsonNode hit) {
    List<String> marked = new ArrayList<>();
    for (JsonNode fragment : hit.path("fragments")) {
      for (JsonNode piece : fragment.path("pieces")) {
        if (piece.path("hit").asBoolean()) {
          marked.add(piece.path("text").asText());
        }
      }
    }
    return marked;
  }

  private static void deleteIndex(Path index) throws Exception {
    try (var files = java.nio.file.Files.walk(index)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
