package org.axiswatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.axiswatch.Analyzer;
import org.axiswatch.read.SourceReader;
import org.axiswatch.read.TextRepair;

/** A workbench server on a free loopback port over the table stand-in, and a client for it. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-" + AccessToken.generate();
  /** The UN list shipped in the jar, read once for all tests. */
  static final ListScreening LISTS = shippedLists();
  final Workbench workbench;
  final WorkbenchServer server;
  final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dir, long maxUpload) {
    this(new MemoryWorkbench(tableAnalyzer(), dir.resolve("uploads")), maxUpload);
  }

  TestServer(Workbench workbench, long maxUpload) {
    this.workbench = workbench;
    this.server = WorkbenchServer.start(workbench, LISTS,
        new WorkbenchServer.Config("127.0.0.1", 0, TOKEN, maxUpload));
  }

  private static ListScreening shippedLists() {
    try {
      return new ListScreening(new org.axiswatch.sanctions.Screener(
          org.axiswatch.sanctions.ListStore.shippedUn()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Analyzer tableAnalyzer() {
    return new Analyzer(new SourceReader(SourceReader.Limits.DEFAULT),
        List.of(new TextRepair(), new TableStage()));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + TOKEN);
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  HttpResponse<String> upload(String name, String text) {
    return upload(name, text.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> upload(String name, byte[] bytes) {
    return send(request("/api/documents?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + response.body(), e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
