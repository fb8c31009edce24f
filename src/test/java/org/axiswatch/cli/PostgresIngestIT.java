package org.axiswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.PostgresAccess;
import org.axiswatch.store.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest --db on a real PostgreSQL (bin/test starts it). */
class PostgresIngestIT {
  @TempDir Path dir;

  @Test
  void ingestTwiceThroughTheCommandChangesNothing() throws Exception {
    String url = PostgresAccess.freshPostgres();
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "합동참모본부는 북한이 동해상으로 탄도미사일을 발사했다고 밝혔다.");
    Files.writeString(docs.resolve("b.html"), "<p>Pyongyang and Moscow signed a treaty.</p>");
    assertThat(AxiswatchCommand.commandLine().execute("ingest", docs.toString(), "--db", url)).isZero();
    Map<String, Long> once;
    try (Database db = Database.open(url)) {
      once = new KnowledgeBase(db).rowCounts();
    }
    assertThat(once.get("document")).isEqualTo(2);
    assertThat(AxiswatchCommand.commandLine().execute("ingest", docs.toString(), "--db", url)).isZero();
    try (Database db = Database.open(url)) {
      assertThat(new KnowledgeBase(db).rowCounts()).isEqualTo(once);
    }
  }

  @Test
  void twoWritersAtOnceStoreEachDocumentOnce() throws Exception {
    String url = PostgresAccess.freshPostgres();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Ingester.Status>>> runs = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        runs.add(pool.submit(() -> {
          List<Ingester.Status> statuses = new ArrayList<>();
          try (Database db = Database.open(url)) {
            Ingester in = new Ingester(db, null, new DocumentWriter(new CrossDocumentResolver()));
            for (AnalyzedDocument d : List.of(SampleDocuments.englishShells(),
                SampleDocuments.koreanShells())) {
              statuses.add(in.store(Path.of(d.get(SourceDocument.KEY).fileName()), d).status());
            }
          }
          return statuses;
        }));
      }
      List<Ingester.Status> all = new ArrayList<>();
      for (Future<List<Ingester.Status>> f : runs) {
        all.addAll(f.get());
      }
      assertThat(all).doesNotContain(Ingester.Status.FAILED);
      assertThat(all.stream().filter(s -> s == Ingester.Status.STORED)).hasSize(2);
    } finally {
      pool.shutdown();
    }
    try (Database db = Database.open(url)) {
      Map<String, Long> counts = new KnowledgeBase(db).rowCounts();
      assertThat(counts.get("document")).isEqualTo(2);
      assertThat(counts.get("exchange")).isEqualTo(2);
    }
  }
}
