package org.axiswatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.search.SearchIndexTest.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexConsistencyTest {
  @TempDir Path dir;

  static SearchDocument ko(String id, String sentence) {
    return doc(id, Language.KO, "2023-05-01", Set.of("PRK"), Set.of(EntityType.GPE), Set.of(),
        sentence);
  }

  final MapCatalog store = new MapCatalog()
      .with(ko("a", "북한은 정찰위성을 발사했다고 발표했다."))
      .with(ko("b", "러시아는 북한에 원유를 공급했다."))
      .with(ko("c", "한미 해군은 동해에서 연합훈련을 실시했다."));

  @Test
  void crashBeforeTheBatchCommitIsHealedOnTheNextOpen() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir)) {
      BatchIndexer batches = new BatchIndexer(index, 2);
      store.docs.values().forEach(batches::indexed);
      // "c" is still in the open batch when the process dies: nothing after the commit survives.
      index.crash();
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertThat(index.documentIds()).containsExactlyInAnyOrder("a", "b");
      var outcome = new IndexReconciler(100).reconcile(index, store);
      assertThat(outcome).isEqualTo(new IndexReconciler.Outcome(1, 0));
      assertThat(index.documentIds()).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(index.searcher().search(SearchQuery.of("연합훈련"))).hasSize(1);
    }
  }

  @Test
  void documentsTheStoreNoLongerHasAreDropped() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir)) {
      new IndexRebuilder().rebuild(index, store);
      index.put(ko("orphan", "중국은 대북 제재 이행을 약속했다."));
      index.commit();
      var outcome = new IndexReconciler(100).reconcile(index, store);
      assertThat(outcome).isEqualTo(new IndexReconciler.Outcome(0, 1));
      assertThat(index.documentIds()).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(index.searcher().search(SearchQuery.of("제재"))).isEmpty();
      assertThat(new IndexReconciler(100).reconcile(index, store).changed()).isFalse();
    }
  }

  @Test
  void rebuildGivesTheStoreExactlyEvenFromAWrongIndex() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.put(ko("stale", "낡은 문서"));
      index.put(ko("a", "내용이 바뀌기 전의 문장"));
      index.commit();
      assertThat(new IndexRebuilder().rebuild(index, store)).isEqualTo(3);
      assertThat(index.documentIds()).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(index.searcher().search(SearchQuery.of("정찰위성"))).hasSize(1);
      assertThat(index.searcher().search(SearchQuery.of("바뀌기"))).isEmpty();
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertThat(reopened.unitCount()).isEqualTo(3);
    }
  }

  @Test
  void aReaderSearchesTheCommittedIndexWhileTheWriterIsHeld() throws IOException {
    try (SearchIndex writer = SearchIndex.open(dir)) {
      new IndexRebuilder().rebuild(writer, store);
      writer.put(ko("d", "북한은 미사일 발사를 예고했다."));
      try (SearchIndex reader = SearchIndex.openReadOnly(dir)) {
        assertThat(reader.readOnly()).isTrue();
        assertThat(reader.searcher().search(SearchQuery.of("발사"))).hasSize(1);
        assertThat(reader.documentIds()).containsExactlyInAnyOrder("a", "b", "c");
      }
    }
  }

  @Test
  void aDocumentWithoutTextIsKnownToTheIndexButNeverAHit() throws IOException {
    MapCatalog withEmpty = new MapCatalog().with(new SearchDocument("empty", null, Language.KO,
        null, java.util.List.of(), Set.of("PRK"), Set.of(EntityType.GPE), Set.of()));
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertThat(new IndexReconciler(10).reconcile(index, withEmpty).added()).isEqualTo(1);
      assertThat(new IndexReconciler(10).reconcile(index, withEmpty).changed()).isFalse();
      assertThat(index.searcher().search(SearchQuery.of("").withEntity("PRK"))).isEmpty();
    }
  }

  @Test
  void aBatchPastItsTimeLimitIsCommittedWithoutWaitingToFill() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir)) {
      BatchIndexer batches = new BatchIndexer(index, 1000, java.time.Duration.ZERO);
      batches.indexed(store.docs.get("a"));
      index.crash();
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertThat(index.documentIds()).containsExactly("a");
    }
  }
}
