package org.axiswatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axiswatch.Analyzer;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysis on several threads must store exactly what one thread stores, in the same order. */
class ParallelIngestTest {
  private static final String[] TEXTS = {
      "North Korea shipped artillery shells to Russia by rail through Tumangang, officials said on"
          + " 12 March 2024.",
      "북한 외무성은 3일 담화를 발표하고 한미 연합훈련을 비난했다.",
      "Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday for talks with Kim"
          + " Jong Un.",
      "국가정보원은 북한이 러시아에 병력 1만여명을 파병했다고 밝혔다.",
      "Putin and Kim signed a treaty pledging mutual military aid in June 2024.",
      "러시아는 북한에 정제유 100만 배럴 이상을 제공한 것으로 추정된다.",
      "The UN panel reported that Rajin port handled containers bound for Vostochny.",
  };
  private static Analyzer shared;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    shared = Analyzer.standard();
  }

  private List<Path> files() throws Exception {
    List<Path> files = new ArrayList<>();
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (int i = 0; i < TEXTS.length; i++) {
      files.add(Files.writeString(docs.resolve("doc" + i + ".txt"), TEXTS[i]));
      if (i == 3) {
        // unreadable (not a PDF at all) and a copy of an earlier text, among good files
        files.add(Files.writeString(docs.resolve("broken.pdf"), "not a pdf"));
        files.add(Files.writeString(docs.resolve("copy.txt"), TEXTS[0]));
      }
    }
    return files;
  }

  private record Run(List<Ingester.Outcome> outcomes, Map<String, Long> counts,
      List<StoredEntity> entities) {}

  private Run ingest(List<Path> files, String store, int workers) throws Exception {
    try (Database db = Database.openEmbedded(dir.resolve(store))) {
      Ingester in = new Ingester(db, shared, new DocumentWriter(CrossDocumentResolver.standard()))
          .workers(workers, Analyzer::standard);
      List<Integer> progress = new ArrayList<>();
      List<Ingester.Outcome> outcomes = in.ingestAll(files, (n, f) -> progress.add(n));
      assertThat(progress).hasSize(files.size()).isSorted();
      KnowledgeBase kb = new KnowledgeBase(db);
      return new Run(outcomes, kb.rowCounts(), kb.entities());
    }
  }

  @Test
  void threeWorkersStoreWhatOneStores() throws Exception {
    List<Path> files = files();
    Run one = ingest(files, "one", 1);
    Run three = ingest(files, "three", 3);
    assertThat(one.outcomes()).extracting(Ingester.Outcome::status).containsExactly(
        Ingester.Status.STORED, Ingester.Status.STORED, Ingester.Status.STORED,
        Ingester.Status.STORED, Ingester.Status.FAILED, Ingester.Status.ALREADY_STORED,
        Ingester.Status.STORED, Ingester.Status.STORED, Ingester.Status.STORED);
    assertThat(one.outcomes().get(4).problem()).contains("broken.pdf");
    assertThat(three.outcomes()).isEqualTo(one.outcomes());
    assertThat(three.counts()).isEqualTo(one.counts());
    assertThat(three.entities()).isEqualTo(one.entities());
    assertThat(one.counts().get("document")).isEqualTo(TEXTS.length);
  }

  @Test
  void aSecondRunReadsButDoesNotStoreAgain() throws Exception {
    List<Path> files = files();
    Run first = ingest(files, "kb", 2);
    Run again = ingest(files, "kb", 2);
    assertThat(again.counts()).isEqualTo(first.counts());
    assertThat(again.outcomes()).extracting(Ingester.Outcome::status)
        .containsOnly(Ingester.Status.ALREADY_STORED, Ingester.Status.FAILED);
  }
}
