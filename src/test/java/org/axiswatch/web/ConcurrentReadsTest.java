package org.axiswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many requests at once over the store: each answers as it would alone, and an upload in the
 * middle of them neither fails nor breaks them. Correctness, not timing (that is `bench web`).
 */
class ConcurrentReadsTest {
  private static final int REQUESTS = 120;
  private static final int THREADS = 16;

  @TempDir Path dir;

  @Test
  void parallelReadsAndSearchesAllAnswerCorrectly() throws Exception {
    try (StoreFixture f = new StoreFixture(dir.resolve("data"))) {
      TestServer s = f.server;
      String korean = id(s.upload("memo.txt", Corpus.KOREAN));
      String english = id(s.upload("notes.md", Corpus.ENGLISH));
      String prk = TestServer.json(s.get("/api/exchanges")).get(0).path("exchange").path("from").asText();

      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
          answers.add(pool.submit(request(s, i, korean, english, prk)));
        }
        // a write while the reads run: it takes its turn and is findable once it returns
        Future<HttpResponse<String>> upload = pool.submit(() -> s.upload("later.md", StoreSearchTest.ENGLISH_LATER));
        for (Future<String> answer : answers) {
          assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo("ok");
        }
        assertThat(upload.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(StoreSearchTest.total(s, "/api/search?q=" + TestServer.enc("artillery shells"))).isEqualTo(2);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** One of five kinds of read, each checked against what it must say; "ok" or what went wrong. */
  private static Callable<String> request(TestServer s, int i, String korean, String english, String prk) {
    return () -> {
      switch (i % 5) {
        case 0 -> {
          HttpResponse<String> r = s.get("/api/documents/" + korean);
          return r.statusCode() == 200 && TestServer.json(r).path("text").asText().equals(Corpus.KOREAN)
              ? "ok" : "document: " + r.statusCode() + " " + r.body();
        }
        case 1 -> {
          HttpResponse<String> r = s.get("/api/search?q=" + TestServer.enc("포탄"));
          return r.statusCode() == 200 && TestServer.json(r).path("hits").get(0).path("id").asText().equals(korean)
              ? "ok" : "search: " + r.statusCode() + " " + r.body();
        }
        case 2 -> {
          HttpResponse<String> r = s.get("/api/entities/" + TestServer.enc(prk));
          return r.statusCode() == 200 && TestServer.json(r).path("documents").size() >= 2
              ? "ok" : "entity: " + r.statusCode() + " " + r.body();
        }
        case 3 -> {
          HttpResponse<String> r = s.get("/api/documents/" + english);
          return r.statusCode() == 200 && TestServer.json(r).path("text").asText().equals(Corpus.ENGLISH)
              ? "ok" : "document: " + r.statusCode() + " " + r.body();
        }
        default -> {
          HttpResponse<String> r = s.get("/api/timeline");
          return r.statusCode() == 200 && r.body().contains("2023-10-05") && r.body().contains("2024-06-19")
              ? "ok" : "timeline: " + r.statusCode() + " " + r.body();
        }
      }
    };
  }

  private static String id(HttpResponse<String> upload) {
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    return TestServer.json(upload).path("document").path("id").asText();
  }
}
