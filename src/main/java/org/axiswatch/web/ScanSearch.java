package org.axiswatch.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoredDocument;
import org.axiswatch.web.Views.SearchHit;
import org.axiswatch.web.Views.SearchQuery;
import org.axiswatch.web.Views.SearchResult;

/**
 * Search by reading every stored document: the stand-in while the Lucene index is not on this
 * branch. Same answers shape as the index; fine for hundreds of documents, not for a corpus.
 */
final class ScanSearch implements WorkbenchSearch {
  private final KnowledgeBase kb;

  ScanSearch(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public SearchResult search(SearchQuery q) {
    FragmentCutter cutter = new FragmentCutter(q.text());
    List<SearchHit> hits = new ArrayList<>();
    try {
      for (org.axiswatch.store.DocumentSummary s : kb.documents()) {
        if ((q.language() != null && !q.language().equals(s.language()))
            || !KnowledgeFold.within(s.date(), q.from(), q.to())) {
          continue;
        }
        StoredDocument d = kb.load(s.id()).orElse(null);
        if (d == null) {
          continue;
        }
        String text = d.analysis().get(SourceDocument.KEY).original();
        if (cutter.isEmpty() || !cutter.matchesAll(text)
            || (q.entity() != null && !d.entityIds().containsValue(q.entity()))) {
          continue;
        }
        double score = cutter.matches(text).size() / Math.sqrt(1 + text.length() / 1000.0);
        hits.add(new SearchHit(s.id(), s.title() == null ? s.fileName() : s.title(), s.fileName(),
            s.date(), s.language(), score, cutter.fragments(text, 3)));
      }
    } catch (SQLException e) {
      throw new ApiError(503, "the knowledge base cannot be read: " + e.getMessage(), null);
    }
    hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
    return new SearchResult(q.text(), hits.size(), hits.stream().limit(q.limit()).toList());
  }
}
