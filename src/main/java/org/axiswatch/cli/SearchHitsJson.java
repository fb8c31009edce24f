package org.axiswatch.cli;

import java.util.List;
import org.axiswatch.search.SearchHit;
import org.axiswatch.search.SearchQuery;

/**
 * The JSON shape of {@code axiswatch search --json}: per hit the document id, title, date,
 * language, the sentence's index and original offsets ({@code start}, {@code end}) in the
 * document, the score, and the snippet: its text (the sentence as analysed, line breaks joined)
 * with highlight offsets into that text.
 */
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
