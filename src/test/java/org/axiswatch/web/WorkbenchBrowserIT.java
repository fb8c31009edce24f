package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.axiswatch.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The workbench in a real browser: log in, upload through the page, search, read, follow an
 * entity, the timeline and the ledger; and hostile documents that must not run script.
 * Screenshots go to target/screenshots/.
 */
class WorkbenchBrowserIT {
  @TempDir Path dir;

  static Path seed() {
    return Path.of(System.getProperty("axiswatch.shared", "../shared"), "seed", "000_ea373eb64e99052c.txt");
  }

  @Test
  void analystWalksThroughTheSeedBrief() throws Exception {
    // the same knowledge base `axiswatch serve` opens: the embedded store in a data folder
    Path data = dir.resolve("data");
    try (StoreFixture f = new StoreFixture(data, Analyzer.standard(),
            WorkbenchServer.Config.DEFAULT_MAX_UPLOAD);
        Browser b = new Browser()) {
      TestServer s = f.server;
      b.login(s.base(), TestServer.TOKEN);
      b.upload(seed());
      assertThat(b.driver.findElement(By.id("upload-status")).getText()).contains("added");
      b.waitFor("#documents table tbody tr");
      b.screenshot("documents");

      WebElement q = b.driver.findElement(By.id("q"));
      q.sendKeys("포탄");
      b.driver.findElement(By.cssSelector("#search-form button")).click();
      b.waitFor("#results mark");
      List<WebElement> marks = b.all("#results mark");
      assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo("포탄"));
      b.screenshot("search");

      b.waitFor("#results .hit h3 a").click();
      b.waitFor("#text span, #text a");
      assertThat(b.driver.findElement(By.id("text")).getText()).contains("포탄");
      b.screenshot("document");

      b.waitFor("#entities a").click();
      b.waitFor("#name");
      b.wait.until(d -> !d.findElement(By.id("name")).getText().isBlank());
      assertThat(b.all("#documents table tbody tr")).isNotEmpty();
      b.screenshot("entity");

      b.driver.get(s.base() + "/timeline.html");
      b.waitFor("#chart canvas");
      b.waitFor("#events table tbody tr");
      b.screenshot("timeline");

      b.driver.get(s.base() + "/ledger.html");
      b.waitFor("#ledger table tbody tr");
      assertThat(b.all("#ledger .badge")).isNotEmpty();
      b.screenshot("ledger");

      b.driver.get(s.base() + "/network.html");
      b.waitFor("#chart canvas");
      b.screenshot("network");

      b.driver.get(s.base() + "/brief.html");
      b.waitForText("#brief", "# ");
      b.screenshot("brief");

      // the HTML brief: its inline chart scripts run under its own hash-based policy
      b.driver.get(s.base() + "/api/brief.html");
      b.waitFor(".chart canvas");
      b.screenshot("brief-html");

      assertThat(b.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }
  }

  @Test
  void hostileDocumentsRunNoScript() throws Exception {
    Path evil = Files.createDirectories(dir.resolve("evil"));
    Files.writeString(evil.resolve("evil.txt"), Corpus.HOSTILE, StandardCharsets.UTF_8);
    Files.writeString(evil.resolve("evil.md"), "# 제목\n\n" + Corpus.HOSTILE, StandardCharsets.UTF_8);
    // in HTML the payload arrives escaped, so the reader's extracted text holds it as text; the
    // page's own live markup (script, handler) is dropped by the reader
    String escaped = Corpus.HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\n", "<br>\n");
    Files.writeString(evil.resolve("evil.html"), "<html><body><p>" + escaped
        + "</p><script>window.pwned=2</script><img src=x onerror=window.pwned=3></body></html>",
        StandardCharsets.UTF_8);
    try (TestServer s = new TestServer(dir, WorkbenchServer.Config.DEFAULT_MAX_UPLOAD);
        Browser b = new Browser()) {
      b.login(s.base(), TestServer.TOKEN);
      for (String name : List.of("evil.txt", "evil.md", "evil.html")) {
        b.upload(evil.resolve(name));
      }
      b.upload(evil.resolve("evil.txt"));
      assertThat(b.driver.findElement(By.id("upload-status")).getText()).contains("already stored");
      Files.writeString(evil.resolve("evil.exe"), "MZ", StandardCharsets.UTF_8);
      b.upload(evil.resolve("evil.exe"));
      assertThat(b.driver.findElement(By.id("upload-status")).getText()).contains("unsupported file type");

      b.driver.get(s.base() + "/index.html?q=onerror");
      b.waitFor("#results mark");
      assertThat(b.driver.findElement(By.id("results")).getText()).contains("<img src=x onerror=window.pwned=1>");
      b.screenshot("hostile-search");
      clean(b);

      List<String> ids = b.all("#documents table tbody a").stream().map(a -> a.getAttribute("href")).toList();
      assertThat(ids).hasSize(3);
      for (String href : ids) {
        b.driver.get(href);
        b.waitFor("#text span, #text a");
        assertThat(b.driver.findElement(By.id("text")).getText()).contains("onerror=window.pwned=1");
        assertThat(b.all("#text img, #text script, #text svg, #text iframe")).isEmpty();
        clean(b);
      }
      b.screenshot("hostile-document");

      b.driver.get(s.base() + "/entity.html?id=org:hostile");
      b.waitForText("#name", "<img src=x onerror=window.pwned=1>");
      b.screenshot("hostile-entity");
      clean(b);
      for (String page : List.of("timeline", "network", "ledger", "brief", "screening")) {
        b.driver.get(s.base() + "/" + page + ".html");
        b.waitFor("main");
        Thread.sleep(300);
        clean(b);
      }
      assertThat(b.console()).noneMatch(m -> m.contains("Uncaught"));
    }
  }

  @Test
  void pagesDrawMarksChartsAndTheLedgerFromAnalysedDocuments() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("memo.txt"), Corpus.KOREAN, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("notes.md"), Corpus.ENGLISH, StandardCharsets.UTF_8);
    try (TestServer s = new TestServer(dir, WorkbenchServer.Config.DEFAULT_MAX_UPLOAD);
        Browser b = new Browser()) {
      b.login(s.base(), TestServer.TOKEN);
      b.upload(docs.resolve("memo.txt"));
      b.upload(docs.resolve("notes.md"));
      b.driver.get(s.base() + "/index.html?q=" + TestServer.enc("포탄"));
      b.waitFor("#results .hit h3 a").click();
      b.waitFor("#text a.m");
      assertThat(b.all("#text .m.t-gpe")).extracting(WebElement::getText).contains("북한", "러시아");
      assertThat(b.all("#text .ev")).isNotEmpty();
      assertThat(b.all("#text .ex")).isNotEmpty();
      assertThat(b.all("#outline a")).extracting(WebElement::getText).containsExactly("1. 배경", "2. 전망");
      b.screenshot("fixture-document");

      b.driver.findElement(By.linkText("북한")).click();
      b.waitForText("#name", "North Korea");
      b.waitFor("#graph canvas");
      b.screenshot("fixture-entity");

      b.driver.get(s.base() + "/timeline.html");
      b.waitFor("#events table tbody tr");
      assertThat(b.all("#events table tbody tr")).hasSize(3);
      b.waitFor("#chart canvas");
      b.screenshot("fixture-timeline");

      b.driver.get(s.base() + "/ledger.html");
      b.waitFor("#ledger .badge.prohibited");
      assertThat(b.driver.findElement(By.id("ledger")).getText()).contains("UNSCR 1718 ¶8(a)");
      b.screenshot("fixture-ledger");

      b.driver.get(s.base() + "/network.html");
      b.waitFor("#links table tbody tr");
      b.screenshot("fixture-network");

      b.driver.get(s.base() + "/screening.html");
      b.waitFor("#name").sendKeys("김영철");
      b.driver.findElement(By.cssSelector("#screen-form button")).click();
      b.waitForText("#result-recorded", "KPi.999");
      b.driver.findElement(By.id("name")).clear();
      b.driver.findElement(By.id("name")).sendKeys("윤호진");
      b.driver.findElement(By.cssSelector("#screen-form button")).click();
      b.waitForText("#result", "KPi.001");
      b.screenshot("fixture-screening");

      b.driver.get(s.base() + "/api/docs");
      b.waitForText("#operations", "/api/entities/{id}/merge");
      b.screenshot("api-docs");
      assertThat(b.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }
  }

  /** No payload ran, and no link the page made goes anywhere but our own pages. */
  private static void clean(Browser b) {
    assertThat(b.js("return window.pwned === undefined")).isEqualTo(true);
    for (WebElement a : b.all("a[href]")) {
      assertThat(a.getAttribute("href")).doesNotStartWith("javascript:").startsWith("http://127.0.0.1:");
    }
  }
}
