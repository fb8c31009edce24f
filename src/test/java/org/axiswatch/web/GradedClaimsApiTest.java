package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.axiswatch.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims through the store workbench carry the credibility graded against the knowledge base, as
 * brief and export show it, not the "cannot be judged" stored at extraction.
 */
class GradedClaimsApiTest {
  @TempDir Path dir;

  /** One shipment, two agencies of two governments; each document's label is its first line. */
  static final String PENTAGON = "The Pentagon said North Korea shipped artillery shells to Russia.\n";
  static final String NIS = "South Korea's National Intelligence Service said North Korea supplied "
      + "artillery shells to Russia.\n";

  @Test
  void aClaimTheOtherDocumentCorroboratesIsGradedWithItsReason() throws Exception {
    try (StoreFixture f = new StoreFixture(dir, Analyzer.standard(), 1 << 20)) {
      TestServer s = f.server;
      String first = id(s.upload("pentagon.txt", PENTAGON));
      String second = id(s.upload("nis.txt", NIS));

      JsonNode rows = TestServer.json(s.get("/api/claims"));
      List<JsonNode> fromFirst = new ArrayList<>();
      rows.forEach(r -> {
        if (r.path("document").asText().equals(first)) {
          fromFirst.add(r);
        }
      });
      assertThat(fromFirst).isNotEmpty();
      assertThat(fromFirst).anySatisfy(r -> {
        assertThat(r.path("claim").path("credibility").asInt()).isEqualTo(2);
        assertThat(r.path("credibilityReason").asText())
            .startsWith("probably true: reported by one other independent source")
            .contains("National Intelligence Service said North Korea supplied");
      });

      JsonNode doc = TestServer.json(s.get("/api/documents/" + second));
      assertThat(doc.path("claims").size()).isEqualTo(doc.path("claimReasons").size());
      int graded = -1;
      for (int i = 0; i < doc.path("claims").size(); i++) {
        if (doc.path("claims").get(i).path("credibility").asInt() == 2) {
          graded = i;
        }
      }
      assertThat(graded).isNotNegative();
      assertThat(doc.path("claimReasons").get(graded).asText())
          .startsWith("probably true").contains("The Pentagon said North Korea shipped");
    }
  }

  private static String id(HttpResponse<String> upload) {
    assertThat(upload.statusCode()).isEqualTo(201);
    return TestServer.json(upload).path("document").path("id").asText();
  }
}
