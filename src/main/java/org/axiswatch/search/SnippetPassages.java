package org.axiswatch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.axiswatch.pipeline.Span;

/**
 * Gives the highlighter's best passage as a {@link Snippet} (text plus match offsets) rather than
 * marked-up text, so the terminal, JSON and web edges each mark it their own way.
 */
final class SnippetPassages extends PassageFormatter {
  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    Passage p = passages[0];
    int base = p.getStartOffset();
    // Passages keep the whitespace before the next sentence; matches are words, never in it.
    String text = content.substring(base, p.getEndOffset()).stripTrailing();
    List<Span> marks = new ArrayList<>();
    for (int i = 0; i < p.getNumMatches(); i++) {
      int s = p.getMatchStarts()[i] - base;
      int e = Math.min(p.getMatchEnds()[i] - base, text.length());
      if (s < 0 || s >= e) {
        continue;
      }
      Span m = new Span(s, e);
      // Nori's MIXED mode yields a compound and its parts: their matches overlap, so merge them.
      if (!marks.isEmpty() && marks.get(marks.size() - 1).end() >= s) {
        marks.set(marks.size() - 1, marks.get(marks.size() - 1).union(m));
      } else {
        marks.add(m);
      }
    }
    return new Snippet(text, marks);
  }
}
