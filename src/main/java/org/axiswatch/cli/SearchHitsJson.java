package org.axiswatch.cli;

import java.util.List;
import org.axiswatch.search.SearchHit;
import org.axiswatch.search.SearchQuery;

/** The JSON shape of {@code axiswatch search --json}. */
record SearchHitsJson(String query, int count, List<Hit> hits) {
  record Mark(int start, int end) {}

  record Snippet(String text, List<Mark> highlights) {}

  record Hit(String document, String title, String date, String language, int sentence, int start,
      int end, float score, Snippet snippet) {}

  static SearchHitsJson of(SearchQuery q, List<SearchHit> hits) {
    return new SearchHitsJson(q.text(), hits.size(), hits.stream().map(h -> new Hit(h.documentId(),
        h.title(), h.date(), h.language().code(), h.unit(), h.span().start(), h.span().end(),
        h.score(), new Snippet(h.snippet().text(), h.snippet().highlights().stream()
            .map(s -> new Mark(s.start(), s.end())).toList()))).toList());
  }
}
