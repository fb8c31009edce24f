package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessGuardTest {
  @TempDir Path dir;
  TestServer s;

  @BeforeEach
  void start() {
    s = new TestServer(dir, 1 << 20);
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private HttpResponse<String> bare(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return s.send(b.GET().build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/documents", "/api/search?q=x", "/api/entities/PRK", "/api/timeline",
      "/api/exchanges", "/api/network", "/api/brief", "/api/openapi.json", "/api/docs", "/api/no-route"})
  void everyApiCallNeedsTheToken(String path) {
    HttpResponse<String> r = bare(path);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(TestServer.json(r).path("error").asText()).contains("token");
  }

  @Test
  void wrongTokensAreRefused() {
    for (String t : List.of("Bearer wrong", "Bearer " + TestServer.TOKEN + "x",
        "Bearer " + TestServer.TOKEN.substring(1), "Basic " + TestServer.TOKEN, "Bearer ")) {
      assertThat(bare("/api/documents", "Authorization", t).statusCode()).as(t).isEqualTo(401);
    }
    assertThat(bare("/api/documents", "Cookie", AccessGuard.COOKIE + "=wrong").statusCode()).isEqualTo(401);
    assertThat(bare("/api/documents", "Authorization", "bearer " + TestServer.TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void pagesRedirectToLoginButLoginAndAssetsAreOpen() {
    HttpResponse<String> page = bare("/ledger.html");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValue("/login.html");
    assertThat(bare("/login.html").statusCode()).isEqualTo(200);
    assertThat(bare("/assets/app.css").statusCode()).isEqualTo(200);
    assertThat(bare("/assets/js/login.js").statusCode()).isEqualTo(200);
    assertThat(bare("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void loginSetsAStrictHttpOnlyCookieThatThenOpensTheApi() {
    HttpResponse<String> bad = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/login"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"nope\"}")).build());
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.headers().firstValue("Set-Cookie")).isEmpty();

    HttpResponse<String> ok = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/login"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + TestServer.TOKEN + "\"}")).build());
    assertThat(ok.statusCode()).isEqualTo(204);
    String cookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
    String pair = cookie.substring(0, cookie.indexOf(';'));
    assertThat(bare("/api/documents", "Cookie", pair).statusCode()).isEqualTo(200);
    assertThat(bare("/ledger.html", "Cookie", pair).statusCode()).isEqualTo(200);
  }

  @Test
  void logoutClearsTheCookie() {
    HttpResponse<String> r = s.send(s.request("/api/logout").POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(r.headers().firstValue("Set-Cookie")).get().asString()
        .startsWith(AccessGuard.COOKIE + "=;").contains("Max-Age=0");
  }

  @Test
  void loginWithoutJsonIs400() {
    HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/login"))
        .POST(HttpRequest.BodyPublishers.ofString("token=abc")).build());
    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void cookieCarriedPostsFromAnotherOriginAreRefused() {
    String cookie = AccessGuard.COOKIE + "=" + TestServer.TOKEN;
    HttpResponse<String> foreign = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/screening"))
        .header("Cookie", cookie).header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());
    assertThat(foreign.statusCode()).isEqualTo(403);
    HttpResponse<String> own = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/screening"))
        .header("Cookie", cookie).header("Origin", s.base())
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());
    assertThat(own.statusCode()).isEqualTo(200);
  }

  @Test
  void everyResponseCarriesAStrictContentSecurityPolicy() {
    for (HttpResponse<String> r : List.of(bare("/login.html"), bare("/api/documents"),
        s.get("/api/documents"), s.get("/index.html"), s.get("/api/docs"))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("default-src 'self'").contains("script-src 'self'")
          .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
  }

  @Test
  void pagesHaveNoInlineScriptOrHandlers() throws Exception {
    for (String page : List.of("index", "document", "entity", "timeline", "network", "ledger",
        "screening", "brief", "login")) {
      String html = s.get("/" + page + ".html").body();
      assertThat(html).as(page).containsPattern("<script (type=\"module\" )?src=\"/");
      assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*src=)[^>]*>")
          .doesNotContainPattern("\\son[a-z]+=").doesNotContain("style=");
    }
    try (var files = Files.walk(Path.of("src/main/resources/web/public/assets/js"))) {
      for (Path js : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        assertThat(Files.readString(js)).as(js.toString())
            .doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
            .doesNotContain("document.write").doesNotContain("eval(");
      }
    }
  }

  @Test
  void openModeServesWithoutTokenOnLoopbackOnly() {
    assertThatThrownBy(() -> new WorkbenchServer.Config("0.0.0.0", 0, null, 1))
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> new WorkbenchServer.Config("192.0.2.7", 0, null, 1))
        .hasMessageContaining("loopback");
    try (WorkbenchServer open = WorkbenchServer.start(s.workbench, TestServer.LISTS,
        new WorkbenchServer.Config("127.0.0.1", 0, null, 1024))) {
      HttpResponse<String> r = s.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + open.port() + "/api/documents")).GET().build());
      assertThat(r.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void tokenIsMadeOnceKeptPrivateAndReused() throws Exception {
    Path data = dir.resolve("data");
    String first = AccessToken.loadOrCreate(data);
    assertThat(first).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
    assertThat(AccessToken.loadOrCreate(data)).isEqualTo(first);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(data.resolve(AccessToken.FILE)))).isEqualTo("rw-------");
    assertThat(AccessToken.generate()).isNotEqualTo(AccessToken.generate());
  }
}
