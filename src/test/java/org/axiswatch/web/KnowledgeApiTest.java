package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeApiTest {
  @TempDir Path dir;
  TestServer s;
  String korean;
  String english;

  @BeforeEach
  void start() {
    s = new TestServer(dir, 1 << 20);
    korean = TestServer.json(s.upload("memo.txt", Corpus.KOREAN)).path("document").path("id").asText();
    english = TestServer.json(s.upload("notes.md", Corpus.ENGLISH)).path("document").path("id").asText();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private JsonNode ok(String path) {
    HttpResponse<String> r = s.get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return TestServer.json(r);
  }

  private static String hits(JsonNode fragment) {
    StringBuilder b = new StringBuilder();
    fragment.path("pieces").forEach(p -> {
      if (p.path("hit").asBoolean()) {
        b.append('[').append(p.path("text").asText()).append(']');
      }
    });
    return b.toString();
  }

  @Test
  void searchReturnsPassagesWithTheMatchesMarked() {
    JsonNode r = ok("/api/search?q=" + TestServer.enc("포탄"));
    assertThat(r.path("total").asInt()).isEqualTo(1);
    JsonNode hit = r.path("hits").get(0);
    assertThat(hit.path("id").asText()).isEqualTo(korean);
    assertThat(hits(hit.path("fragments").get(0))).isEqualTo("[포탄]");
    JsonNode en = ok("/api/search?q=" + TestServer.enc("ARTILLERY shells"));
    assertThat(en.path("hits").get(0).path("id").asText()).isEqualTo(english);
    assertThat(hits(en.path("hits").get(0).path("fragments").get(0))).contains("[artillery]");
  }

  @ParameterizedTest
  @CsvSource({"lang=en,0", "lang=ko,1", "from=2024-01,1", "to=2023-12,0", "entity=RUS,1",
      "entity=artillery-shell,1", "entity=kim-yong-chol,1", "entity=nobody,0"})
  void searchFilters(String filter, int expected) {
    assertThat(ok("/api/search?q=" + TestServer.enc("북한") + "&" + filter).path("total").asInt())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"/api/search,q=", "/api/search?q=x&from=June,from", "/api/search?q=x&limit=0,limit",
      "/api/search?q=x&limit=many,limit", "/api/timeline?to=2024-13,to",
      "/api/exchanges?verdict=BANNED,verdict", "/api/events?from=20240101,from"})
  void badParametersAre400WithTheReason(String path, String word) {
    HttpResponse<String> r = s.get(path);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(r).path("error").asText()).contains(word.equals("q=") ? "?q=" : word);
  }

  @Test
  void entityIsOneAcrossDocuments() {
    JsonNode prk = ok("/api/entities/PRK");
    assertThat(prk.path("entity").path("name").asText()).isEqualTo("North Korea");
    assertThat(prk.path("entity").path("names").findValuesAsText("")).isEmpty();
    List<String> names = new ArrayList<>();
    prk.path("entity").path("names").forEach(n -> names.add(n.asText()));
    assertThat(names).contains("북한", "North Korea");
    assertThat(prk.path("documents")).hasSize(2);
    assertThat(prk.path("exchanges")).hasSize(2);
    assertThat(prk.path("events")).hasSize(2);
    assertThat(s.get("/api/entities/nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void mergeFoldsOneEntityIntoAnother() {
    HttpResponse<String> r = s.postJson("/api/entities/vladimir-putin/merge", "{\"with\":\"person:vladimir putin\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode v = TestServer.json(r);
    assertThat(v.path("mergedFrom").get(0).asText()).isEqualTo("person:vladimir putin");
    assertThat(v.path("documents")).hasSize(2);
    assertThat(ok("/api/entities/person:vladimir%20putin").path("entity").path("id").asText())
        .isEqualTo("vladimir-putin");
    assertThat(ok("/api/timeline?entity=vladimir-putin")).hasSize(2);
    assertThat(s.postJson("/api/entities/vladimir-putin/merge", "{\"with\":\"nobody\"}").statusCode()).isEqualTo(404);
    assertThat(s.postJson("/api/entities/vladimir-putin/merge", "{}").statusCode()).isEqualTo(400);
    assertThat(s.postJson("/api/entities/vladimir-putin/merge", "not json").statusCode()).isEqualTo(400);
  }

  @Test
  void splitMovesNamesAndTheirMentionsToANewEntity() {
    HttpResponse<String> r = s.postJson("/api/entities/PRK/split", "{\"names\":[\"North Korea\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String newId = TestServer.json(r).path("entity").path("id").asText();
    assertThat(newId).isEqualTo("PRK/north-korea");
    assertThat(ok("/api/entities/PRK/north-korea").path("entity").path("names").get(0).asText()).isEqualTo("North Korea");
    assertThat(TestServer.json(r).path("mergedFrom").get(0).asText()).isEqualTo("PRK");
    assertThat(ok("/api/entities/PRK").path("entity").path("names").toString()).doesNotContain("North Korea");
    JsonNode doc = ok("/api/documents/" + english);
    assertThat(doc.path("mentions").findValuesAsText("entity")).contains(newId).doesNotContain("PRK");
    assertThat(s.postJson("/api/entities/PRK/split", "{\"names\":[\"조선\"]}").statusCode()).isEqualTo(400);
    assertThat(s.postJson("/api/entities/PRK/split", "{\"names\":[]}").statusCode()).isEqualTo(400);
    assertThat(s.postJson("/api/entities/nobody/split", "{\"names\":[\"x\"]}").statusCode()).isEqualTo(404);
  }

  @Test
  void timelineIsDatedEventsInOrderWithNamesAndFilters() {
    JsonNode all = ok("/api/timeline");
    assertThat(all.findValuesAsText("date")).containsExactly("2023-10-05", "2023-11-20", "2024-06-19");
    assertThat(all.get(2).path("actorNames").toString()).contains("Vladimir Putin", "Kim Jong Un");
    assertThat(ok("/api/timeline?from=2024")).hasSize(1);
    assertThat(ok("/api/timeline?entity=kim-jong-un")).hasSize(1);
    assertThat(ok("/api/events?type=MEETING")).hasSize(3);
    assertThat(ok("/api/events?type=LAUNCH")).isEmpty();
  }

  @Test
  void ledgerShowsVerdictsAndProvisions() {
    JsonNode rows = ok("/api/exchanges");
    assertThat(rows).hasSize(2);
    JsonNode row = rows.get(0);
    assertThat(row.path("fromName").asText()).isEqualTo("North Korea");
    assertThat(row.path("toName").asText()).isEqualTo("Russia");
    assertThat(row.path("decision").path("verdict").asText()).isEqualTo("PROHIBITED");
    assertThat(row.path("decision").path("provisions").get(0).path("paragraph").asText()).isEqualTo("8(a)");
    assertThat(ok("/api/exchanges?verdict=unclear")).isEmpty();
    assertThat(ok("/api/decisions?verdict=PROHIBITED")).hasSize(2);
    assertThat(ok("/api/exchanges?entity=RUS")).hasSize(2);
    assertThat(ok("/api/exchanges?entity=kim-jong-un")).isEmpty();
  }

  @Test
  void claimsCarryTheirSource() {
    JsonNode claims = ok("/api/claims");
    assertThat(claims).hasSize(2);
    assertThat(claims.findValuesAsText("sourceName")).contains("Kim Yong Chol");
    assertThat(ok("/api/claims?entity=kim-yong-chol")).hasSize(1);
  }

  @Test
  void networkLinksGiverToReceiverAndActorsTogether() {
    JsonNode net = ok("/api/network");
    assertThat(net.path("nodes").findValuesAsText("id")).contains("PRK", "RUS", "kim-jong-un");
    JsonNode exchange = null;
    for (JsonNode l : net.path("links")) {
      if (l.path("kind").asText().equals("exchange")) {
        exchange = l;
      }
    }
    assertThat(exchange).isNotNull();
    assertThat(exchange.path("source").asText()).isEqualTo("PRK");
    assertThat(exchange.path("target").asText()).isEqualTo("RUS");
    assertThat(exchange.path("count").asInt()).isEqualTo(2);
    assertThat(ok("/api/network?entity=kim-yong-chol").path("links")).isEmpty();
  }

  @Test
  void screeningListsRecordedHitsAndScreensATypedNameAgainstTheLists() {
    JsonNode recorded = ok("/api/screening");
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).path("hit").path("ref").asText()).isEqualTo("KPi.999");

    HttpResponse<String> byHangul = s.postJson("/api/screening", "{\"name\":\"김영철\"}");
    assertThat(byHangul.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(byHangul).path("recorded")).hasSize(1);

    // a person on the shipped UN list, typed in two scripts
    for (String name : List.of("Yun Ho-jin", "윤호진")) {
      JsonNode answer = TestServer.json(s.postJson("/api/screening", "{\"name\":\"" + name + "\"}"));
      assertThat(answer.path("name").asText()).isEqualTo(name);
      assertThat(answer.path("matches").findValuesAsText("ref")).as(name).contains("KPi.001");
      assertThat(answer.path("matches").get(0).path("why").asText()).isNotBlank();
    }
    JsonNode nobody = TestServer.json(s.postJson("/api/screening", "{\"name\":\"Jane Doe\",\"organisation\":true}"));
    assertThat(nobody.path("matches").findValuesAsText("ref")).doesNotContain("KPi.001");
    assertThat(nobody.path("recorded")).isEmpty();
    assertThat(s.postJson("/api/screening", "{\"name\":\"\"}").statusCode()).isEqualTo(400);
    assertThat(s.postJson("/api/screening", "{\"name\":\"x\",\"birthYear\":\"old\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void briefIsMarkdownWithLedgerAndTimeline() {
    JsonNode brief = ok("/api/brief");
    String md = brief.path("markdown").asText();
    assertThat(md).startsWith("# Brief").contains("North Korea → Russia").contains("PROHIBITED")
        .contains("UNSCR 1718 ¶8(a)").contains("2024-06-19");
    assertThat(ok("/api/brief?entity=kim-jong-un").path("markdown").asText())
        .contains("Kim Jong Un").contains("No exchanges found.");
  }
}
