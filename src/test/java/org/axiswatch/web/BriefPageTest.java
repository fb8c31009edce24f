package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML brief under its own policy; the workbench pages keep the strict one. */
class BriefPageTest {
  @TempDir Path dir;

  @Test
  void policyAdmitsExactlyTheInlineBlocksByHash() throws Exception {
    BriefPage page = BriefPage.of("<html><head><style>\r\nbody{}\r\n</style></head><body>"
        + "<script>draw();</script><script type=\"application/json\" id=\"d\">{\"a\":1}</script></body></html>");
    assertThat(page.html()).doesNotContain("\r");
    assertThat(page.policy())
        .contains("script-src 'sha256-" + sha256("draw();") + "' 'sha256-" + sha256("{\"a\":1}") + "';")
        .contains("style-src 'unsafe-inline';")
        .doesNotContain("unsafe-eval")
        .startsWith("default-src 'none';");
    assertThat(BriefPage.of("<p>no scripts</p>").policy()).contains("script-src 'none'");
  }

  @Test
  void theHtmlBriefIsServedWithItsOwnPolicy() throws Exception {
    try (StoreFixture f = new StoreFixture(dir.resolve("data"))) {
      TestServer s = f.server;
      s.upload("memo.txt", Corpus.KOREAN);
      s.upload("notes.md", Corpus.ENGLISH);
      HttpResponse<String> r = s.get("/api/brief.html");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      String policy = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      Matcher scripts = Pattern.compile("<script(?:\\s[^>]*)?>(.*?)</script>", Pattern.DOTALL).matcher(r.body());
      int found = 0;
      while (scripts.find()) {
        assertThat(policy).contains("'sha256-" + sha256(scripts.group(1)) + "'");
        found++;
      }
      assertThat(found).as("the brief's chart scripts").isGreaterThan(0);
      assertThat(policy).contains("default-src 'none'").doesNotContain("script-src 'unsafe-inline'");
      assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
      assertThat(s.get("/api/brief.html?download=1").headers().firstValue("Content-Disposition")
          .orElse("")).startsWith("attachment");

      // the workbench's own pages and API keep the strict policy
      assertThat(s.get("/api/brief").headers().firstValue("Content-Security-Policy")).contains(WorkbenchServer.CSP);
      assertThat(s.get("/brief.html").headers().firstValue("Content-Security-Policy")).contains(WorkbenchServer.CSP);
      assertThat(s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/api/brief.html"))
          .header("Authorization", "Bearer wrong").GET().build()).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theInMemoryStandInSaysItCannotWriteTheHtmlBrief() {
    try (TestServer s = new TestServer(dir, 1 << 20)) {
      HttpResponse<String> r = s.get("/api/brief.html");
      assertThat(r.statusCode()).isEqualTo(501);
      assertThat(TestServer.json(r).path("error").asText()).contains("knowledge base");
    }
  }

  private static String sha256(String s) throws Exception {
    return Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
