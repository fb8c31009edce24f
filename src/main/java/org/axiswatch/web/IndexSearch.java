package org.axiswatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.search.HitSearcher;
import org.axiswatch.search.SearchHit;
import org.axiswatch.search.StoreIndexer;
import org.axiswatch.web.Views.Fragment;
import org.axiswatch.web.Views.Piece;
import org.axiswatch.web.Views.SearchQuery;
import org.axiswatch.web.Views.SearchResult;

/**
 * Search through the search stage's Lucene index, with the query code `axiswatch search` uses:
 * it ranks sentences; the page shows documents, so hits are grouped by document (best first)
 * with up to three sentences each as fragments. Lucene's searchers are thread-safe, so searches
 * run side by side; {@link #refresh()} commits after an upload so the next search sees it.
 */
public final class IndexSearch implements WorkbenchSearch {
  /** Sentences asked of the index per document wanted: enough for three fragments each. */
  private static final int SENTENCES_PER_DOCUMENT = 5;
  private static final int FRAGMENTS = 3;
  private final StoreIndexer index;
  private final HitSearcher searcher;

  public IndexSearch(StoreIndexer index) {
    this.index = index;
    this.searcher = index.searcher();
  }

  @Override
  public SearchResult search(SearchQuery q) {
    Map<String, List<SearchHit>> byDocument = new LinkedHashMap<>();
    for (SearchHit h : searcher.search(query(q))) {
      byDocument.computeIfAbsent(h.documentId(), d -> new ArrayList<>()).add(h);
    }
    List<Views.SearchHit> hits = new ArrayList<>();
    for (List<SearchHit> sentences : byDocument.values()) {
      SearchHit best = sentences.get(0);
      hits.add(new Views.SearchHit(best.documentId(),
          best.title() == null ? best.documentId() : best.title(), null,
          best.date() == null ? null : PartialDate.parse(best.date()), best.language().code(),
          best.score(), sentences.stream().limit(FRAGMENTS).map(IndexSearch::fragment).toList()));
      if (hits.size() == q.limit()) {
        break;
      }
    }
    return new SearchResult(q.text(), byDocument.size(), hits);
  }

  @Override
  public void refresh() {
    index.commitNow();
  }

  /** The search stage's query for the page's: partial dates widen to their first and last day. */
  static org.axiswatch.search.SearchQuery query(SearchQuery q) {
    return new org.axiswatch.search.SearchQuery(q.text(), q.entity(), q.type(), q.source(),
        q.language() == null ? null : Language.ofCode(q.language()),
        q.from() == null ? null : q.from().first(), q.to() == null ? null : q.to().last(),
        q.limit() * SENTENCES_PER_DOCUMENT);
  }

  private static Fragment fragment(SearchHit h) {
    String text = h.snippet().text();
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Span s : h.snippet().highlights()) {
      if (s.start() > at) {
        pieces.add(new Piece(text.substring(at, s.start()), false));
      }
      pieces.add(new Piece(text.substring(s.start(), s.end()), true));
      at = s.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), false));
    }
    return new Fragment(h.span().start(), pieces);
  }
}
