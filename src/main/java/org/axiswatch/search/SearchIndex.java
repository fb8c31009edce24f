package org.axiswatch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The index on disk: adds and drops whole documents, commits, and hands out searchers. One writer
 * per directory (Lucene's write lock is released by the OS if the process dies, so a kill -9
 * leaves no stale lock); what was not committed is lost and put back by {@link IndexReconciler}.
 */
public final class SearchIndex implements Closeable {
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = writer != null ? new SearcherManager(writer, null)
        : new SearcherManager(directory, null);
  }

  /** Opens (or creates) the index in {@code dir}, e.g. {@code axiswatch-data/index}. */
  public static SearchIndex open(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    // Separate segment files: cheaper flushes, and the index is one directory we own anyway.
    config.setUseCompoundFile(false);
    try {
      return new SearchIndex(directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the committed index for searching only: for a search while an ingest holds the writer
   * (Lucene allows one writer per index, any number of readers).
   */
  public static SearchIndex openReadOnly(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      return new SearchIndex(directory, null);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public boolean readOnly() {
    return writer == null;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the index is open for searching only");
    }
    return writer;
  }

  /** Adds a document, replacing any earlier version with the same id. Not yet committed. */
  public void put(SearchDocument doc) {
    try {
      writer().updateDocuments(new Term(SearchFields.DOC_ID, doc.id()), UnitDocuments.of(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void putAll(List<SearchDocument> docs) {
    docs.forEach(this::put);
  }

  public void delete(String documentId) {
    try {
      writer().deleteDocuments(new Term(SearchFields.DOC_ID, documentId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void deleteAll() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes everything put or deleted so far durable, and visible to new searches. */
  public void commit() {
    try {
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ids of the documents the index holds (committed or not), read from the id field's terms. */
  public Set<String> documentIds() {
    try {
      searchers.maybeRefreshBlocking();
      var searcher = searchers.acquire();
      try {
        Set<String> ids = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Terms terms = leaf.reader().terms(SearchFields.DOC_ID);
          if (terms == null) {
            continue;
          }
          var live = leaf.reader().getLiveDocs();
          TermsEnum te = terms.iterator();
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            if (live == null || hasLiveDoc(te, live)) {
              ids.add(t.utf8ToString());
            }
          }
        }
        return ids;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasLiveDoc(TermsEnum te, org.apache.lucene.util.Bits live)
      throws IOException {
    var postings = te.postings(null, 0);
    for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
        d = postings.nextDoc()) {
      if (live.get(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops everything not committed and closes the writer, as a killed process would; for tests
   * of crash recovery. Only {@link #close()} may follow.
   */
  void crash() throws IOException {
    writer().rollback();
  }

  /** A searcher over the index as last refreshed. */
  public HitSearcher searcher() {
    return new HitSearcher(searchers);
  }

  /** Number of committed sentence documents, for figures. */
  public int unitCount() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      return r.numDocs();
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null && writer.isOpen()) {
      writer.close();
    }
    directory.close();
  }
}
