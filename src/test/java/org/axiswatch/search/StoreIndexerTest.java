package org.axiswatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.SampleDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index beside a real (H2) store: ingest hook, healing after a crash, rebuild. */
class StoreIndexerTest {
  @TempDir Path data;
  Database db;
  Ingester ingester;
  StoreCatalog catalog;

  @BeforeEach
  void open() throws Exception {
    db = Database.openEmbedded(data);
    ingester = new Ingester(db, null, new DocumentWriter(new CrossDocumentResolver()));
    catalog = new StoreCatalog(new KnowledgeBase(db));
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  SearchIndex index() throws Exception {
    return SearchIndex.open(data.resolve("index"));
  }

  @Test
  void ingestIndexesEachStoredDocument() throws Exception {
    try (StoreIndexer indexer = StoreIndexer.open(data, catalog)) {
      ingester.listen(indexer);
      assertThat(ingester.store(Path.of("news-ko.txt"), SampleDocuments.koreanShells()).status())
          .isEqualTo(Ingester.Status.STORED);
    }
    try (SearchIndex index = index()) {
      var hits = index.searcher().search(SearchQuery.of("포탄 제공").withEntity("RUS"));
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).title()).isEqualTo("러 포탄 제공");
      assertThat(hits.get(0).language()).isEqualTo(Language.KO);
      assertThat(index.searcher().search(SearchQuery.of("").withType(EntityType.PERSON))).hasSize(1);
    }
  }

  @Test
  void commitNowWaitsForTheIndexThreadSoTheNextSearchFindsTheDocument() throws Exception {
    try (StoreIndexer indexer = StoreIndexer.open(data, catalog)) {
      ingester.listen(indexer);
      for (int round = 0; round < 20; round++) {
        // each round a new text, so each is a new document the index thread must take first
        var doc = new SampleDocuments("n" + round + ".txt", "Shells went north, round " + round
            + ".", Language.EN, null, "Round " + round).build();
        ingester.store(Path.of("n" + round + ".txt"), doc);
        indexer.commitNow();
        assertThat(indexer.searcher().search(SearchQuery.of("round " + round)))
            .extracting(SearchHit::title).contains("Round " + round);
      }
    }
  }

  @Test
  void documentsStoredButNotIndexedBeforeACrashGoInOnTheNextOpen() throws Exception {
    // The store committed both, the process died before the index's batch commit; and the
    // index holds a document the store no longer has.
    ingester.store(Path.of("wire-en.txt"), SampleDocuments.englishShells());
    ingester.store(Path.of("news-ko.txt"), SampleDocuments.koreanShells());
    try (SearchIndex index = index()) {
      index.put(new SearchDocument("gone", null, Language.EN, null, java.util.List.of(), Set.of(),
          Set.of(), Set.of()));
      index.commit();
    }
    try (StoreIndexer indexer = StoreIndexer.open(data, catalog)) {
      assertThat(indexer.healed()).isEqualTo(new IndexReconciler.Outcome(2, 1));
    }
    try (SearchIndex index = index()) {
      assertThat(index.documentIds()).isEqualTo(catalog.documentIds());
      assertThat(index.searcher().search(SearchQuery.of("delivered shells"))).hasSize(1);
    }
  }

  @Test
  void rebuildFromTheStoreDropsWhatTheStoreLacks() throws Exception {
    ingester.store(Path.of("wire-en.txt"), SampleDocuments.englishShells());
    try (SearchIndex index = index()) {
      index.put(SearchIndexTest.doc("orphan", Language.EN, null, Set.of(), Set.of(), Set.of(),
          "Shells were delivered by sea."));
      index.commit();
      assertThat(new IndexRebuilder().rebuild(index, catalog)).isEqualTo(1);
      assertThat(index.searcher().search(SearchQuery.of("shells"))).singleElement()
          .satisfies(h -> assertThat(h.title()).isEqualTo("Shells to the north"));
    }
  }
}
