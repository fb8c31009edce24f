package org.axiswatch.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, opened up to return {@link Snippet} objects (its object-returning
 * method is protected). Offsets come from the postings, so sentences are not re-analysed.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetPassages())
        .withMaxLength(20_000));
  }

  /** For each field, one entry per doc id: a {@link Snippet}, or null when nothing matched. */
  Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds) throws IOException {
    int[] one = new int[fields.length];
    java.util.Arrays.fill(one, 1);
    return highlightFieldsAsObjects(fields, query, docIds, one);
  }
}
