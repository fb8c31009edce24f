package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
  @TempDir Path dir;

  @Test
  void theDocumentDescribesExactlyTheRouteTable() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(ApiDocs.resource(ApiDocs.OPENAPI));
    assertThat(doc.path("openapi").asText()).startsWith("3.0");
    Set<String> documented = new TreeSet<>();
    doc.path("paths").fields().forEachRemaining(p ->
        p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    Set<String> routed = new TreeSet<>();
    Routes.table(new AccessGuard("t"), new DocumentHandlers(null, null), new EntityHandlers(null),
        new KnowledgeHandlers(null, null), new ApiDocs())
        .forEach(r -> routed.add(r.method().name() + " " + r.path().replace('<', '{').replace('>', '}')));
    assertThat(documented).isEqualTo(routed);
  }

  @Test
  void everyReferenceResolves() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(ApiDocs.resource(ApiDocs.OPENAPI));
    for (String ref : doc.findValuesAsText("$ref")) {
      String[] parts = ref.substring(2).split("/");
      JsonNode at = doc;
      for (String part : parts) {
        at = at.path(part);
      }
      assertThat(at.isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void servedAsJsonAndAsAPage() {
    try (TestServer s = new TestServer(dir, 1024)) {
      HttpResponse<String> json = s.get("/api/openapi.json");
      assertThat(json.statusCode()).isEqualTo(200);
      assertThat(json.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
      assertThat(TestServer.json(json).path("paths").has("/api/search")).isTrue();
      HttpResponse<String> page = s.get("/api/docs");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("/assets/js/api-docs.js");
    }
  }
}
