package org.axiswatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.IndexableField;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.Span;

/** Runs a {@link SearchQuery}: ranked sentences with their highlighted snippets. */
public final class HitSearcher {
  private static final Analyzer ANALYZER = SearchAnalyzers.perField();
  private final SearcherManager searchers;
  private final SearchQueryBuilder queries = new SearchQueryBuilder(ANALYZER);

  HitSearcher(SearcherManager searchers) {
    this.searchers = searchers;
  }

  public List<SearchHit> search(SearchQuery q) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search(searcher, q);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many sentences match, without ranking or snippets. */
  public int count(SearchQuery q) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.count(queries.build(q));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<SearchHit> search(IndexSearcher searcher, SearchQuery q) throws IOException {
    TopDocs top = searcher.search(queries.build(q), q.limit());
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    int[] ids = new int[top.scoreDocs.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = top.scoreDocs[i].doc;
    }
    Map<String, Object[]> marked = new SnippetHighlighter(searcher, ANALYZER)
        .snippets(SearchFields.TEXT_FIELDS, queries.words(q), ids);
    List<SearchHit> hits = new ArrayList<>(ids.length);
    var stored = searcher.storedFields();
    for (int i = 0; i < ids.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = stored.document(sd.doc);
      hits.add(new SearchHit(d.get(SearchFields.DOC_ID), d.get(SearchFields.TITLE),
          d.get(SearchFields.DATE), Language.ofCode(d.get(SearchFields.LANGUAGE)),
          intOf(d, SearchFields.UNIT_INDEX),
          new Span(intOf(d, SearchFields.UNIT_START), intOf(d, SearchFields.UNIT_END)),
          sd.score, snippet(d, marked, i)));
    }
    return hits;
  }

  /** The highlighter's passage; the plain sentence when it marked nothing (filter-only query). */
  private static Snippet snippet(Document d, Map<String, Object[]> marked, int i) {
    for (String field : SearchFields.TEXT_FIELDS) {
      Object s = marked.get(field)[i];
      if (s instanceof Snippet snippet) {
        return snippet;
      }
    }
    for (String field : SearchFields.TEXT_FIELDS) {
      String text = d.get(field);
      if (text != null) {
        return new Snippet(text, List.of());
      }
    }
    return new Snippet("", List.of());
  }

  private static int intOf(Document d, String field) {
    IndexableField f = d.getField(field);
    return f.numericValue().intValue();
  }
}
