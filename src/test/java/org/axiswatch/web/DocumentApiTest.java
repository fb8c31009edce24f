package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentApiTest {
  @TempDir Path dir;
  TestServer s;

  @BeforeEach
  void start() {
    s = new TestServer(dir, 1024);
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void uploadAnalysesAndStoresOnceByContent() {
    HttpResponse<String> first = s.upload("memo.txt", Corpus.KOREAN);
    assertThat(first.statusCode()).isEqualTo(201);
    JsonNode doc = TestServer.json(first).path("document");
    assertThat(doc.path("fileName").asText()).isEqualTo("memo.txt");
    assertThat(doc.path("language").asText()).isEqualTo("ko");
    assertThat(doc.path("exchanges").asInt()).isEqualTo(1);
    assertThat(doc.path("id").asText()).matches("[0-9a-f]{64}");

    HttpResponse<String> again = s.upload("copy.md", Corpus.KOREAN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(again).path("added").asBoolean()).isFalse();
    assertThat(TestServer.json(again).path("document").path("id").asText()).isEqualTo(doc.path("id").asText());
    assertThat(TestServer.json(s.get("/api/documents"))).hasSize(1);
  }

  @Test
  void nameMayComeInAHeaderAndPathsAreCutToTheLastPart() {
    HttpResponse<String> r = s.send(s.request("/api/documents")
        .header("X-File-Name", TestServer.enc("../../etc/노트.md"))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Corpus.ENGLISH)).build());
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(TestServer.json(r).path("document").path("fileName").asText()).isEqualTo("노트.md");
  }

  @ParameterizedTest
  @CsvSource({"brief.docx,415", "payload.exe,415", "noextension,415", "archive.txt.zip,415",
      "REPORT.TXT,201", "page.htm,201", "page.HTML,201"})
  void onlyReadableTypesAreTaken(String name, int status) {
    HttpResponse<String> r = s.upload(name, "North Korea and Russia");
    assertThat(r.statusCode()).isEqualTo(status);
    if (status == 415) {
      assertThat(TestServer.json(r).path("error").asText()).contains("unsupported file type");
      assertThat(TestServer.json(r).path("file").asText()).isEqualTo(name);
    }
  }

  @Test
  void tooLargeIs413AndNamesTheFile() {
    HttpResponse<String> r = s.upload("big.txt", new byte[1025]);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(TestServer.json(r).path("file").asText()).isEqualTo("big.txt");
    assertThat(TestServer.json(r).path("error").asText()).contains("too large");
    assertThat(TestServer.json(s.get("/api/documents"))).isEmpty();
  }

  @Test
  void emptyOrUnnamedUploadsAre400() {
    HttpResponse<String> empty = s.upload("empty.txt", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(empty).path("error").asText()).isEqualTo("empty file");
    HttpResponse<String> unnamed = s.send(s.request("/api/documents")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("text")).build());
    assertThat(unnamed.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(unnamed).path("error").asText()).contains("name the file");
  }

  @Test
  void documentViewHasTextOutlineMentionsAndFactsWithOriginalSpans() {
    String id = TestServer.json(s.upload("memo.txt", Corpus.KOREAN)).path("document").path("id").asText();
    JsonNode v = TestServer.json(s.get("/api/documents/" + id));
    String text = v.path("text").asText();
    assertThat(text).isEqualTo(Corpus.KOREAN);
    assertThat(v.path("outline")).hasSize(2);
    assertThat(v.path("outline").get(0).path("text").asText()).isEqualTo("배경");
    for (JsonNode m : v.path("mentions")) {
      int start = m.path("span").path("start").asInt();
      int end = m.path("span").path("end").asInt();
      assertThat(text.substring(start, end)).isEqualTo(m.path("text").asText());
    }
    assertThat(v.path("events").get(0).path("date").asText()).isEqualTo("2024-06-19");
    assertThat(v.path("exchanges").get(0).path("from").asText()).isEqualTo("PRK");
    assertThat(v.path("decisions").get(0).path("verdict").asText()).isEqualTo("PROHIBITED");
    assertThat(v.path("entities").findValuesAsText("id")).contains("PRK", "RUS", "kim-jong-un");
  }

  @Test
  void hostileTextComesBackVerbatimAsJsonStrings() {
    String id = TestServer.json(s.upload("evil.txt", Corpus.HOSTILE)).path("document").path("id").asText();
    HttpResponse<String> r = s.get("/api/documents/" + id);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(TestServer.json(r).path("text").asText()).isEqualTo(Corpus.HOSTILE);
  }

  @Test
  void unknownDocumentIs404() {
    HttpResponse<String> r = s.get("/api/documents/" + "0".repeat(64));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(r).path("error").asText()).contains("no such document");
  }

  @Test
  void unknownRouteIs404Json() {
    HttpResponse<String> r = s.get("/api/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(r).has("error")).isTrue();
  }

  @Test
  void readerErrorsAre400WithTheUploadedNameNotTheScratchPath() {
    Workbench inner = s.workbench;
    Workbench refusing = (Workbench) java.lang.reflect.Proxy.newProxyInstance(
        Workbench.class.getClassLoader(), new Class<?>[] {Workbench.class}, (proxy, method, args) -> {
          if (method.getName().equals("upload")) {
            throw new org.axiswatch.read.ReadException(
                dir.resolve("uploads/upload123/" + args[0]), "not a PDF: no %PDF header");
          }
          return method.invoke(inner, args);
        });
    try (TestServer t = new TestServer(refusing, 1024)) {
      HttpResponse<String> r = t.upload("broken.pdf", "%PDX".getBytes(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(TestServer.json(r).path("file").asText()).isEqualTo("broken.pdf");
      assertThat(TestServer.json(r).path("error").asText()).isEqualTo("not a PDF: no %PDF header");
    }
  }
}
