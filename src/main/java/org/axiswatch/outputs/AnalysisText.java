package org.axiswatch.outputs;

import java.util.List;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.RepairedText;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;
import org.axiswatch.structure.Sentence;

/**
 * The analysis for a person in a terminal: metadata, what repair took out, then the outline as an
 * indented tree, one line a node, cut to fit an 80-column terminal, then the entities by type
 * with counts.
 */
public final class AnalysisText {
  private static final int WIDTH = 78;
  /** Removed lines listed before "… and N more". */
  private static final int SHOWN = 5;

  private AnalysisText() {}

  public static String write(AnalyzedDocument doc) {
    StringBuilder b = new StringBuilder();
    doc.find(SourceDocument.KEY).ifPresent(s ->
        b.append("file      ").append(s.fileName()).append("  (").append(s.mediaType())
            .append(", ").append(s.encoding()).append(", ").append(s.byteCount()).append(" bytes)\n"));
    doc.find(DocumentInfo.KEY).ifPresent(i -> {
      b.append("language  ").append(i.language().code()).append('\n');
      b.append("date      ").append(i.date() == null ? "-" : i.date()).append('\n');
      b.append("title     ").append(i.title() == null ? "-" : i.title()).append('\n');
      b.append("author    ").append(i.author() == null ? "-" : i.author()).append('\n');
    });
    doc.find(Sentence.KEY).ifPresent(s -> b.append("sentences ").append(s.size()).append('\n'));
    doc.find(RepairedText.KEY).ifPresent(r -> removed(b, r));
    doc.find(Outline.KEY).ifPresent(o -> {
      b.append("\noutline\n");
      o.roots().forEach(n -> node(b, n, 1));
    });
    EntityListing.write(doc, b);
    FactsText.append(b, doc);
    return b.toString();
  }

  /** Footnotes and page numbers repair took out of the running text, so the reader can check. */
  private static void removed(StringBuilder b, RepairedText r) {
    List<Span> removed = r.removed();
    if (removed.isEmpty()) {
      return;
    }
    b.append("removed   ").append(removed.size()).append(" footnote or page-number line(s)\n");
    for (Span s : removed.subList(0, Math.min(SHOWN, removed.size()))) {
      b.append("          ").append(shorten(r.original().substring(s.start(), s.end()), WIDTH - 10))
          .append('\n');
    }
    if (removed.size() > SHOWN) {
      b.append("          … and ").append(removed.size() - SHOWN).append(" more\n");
    }
  }

  private static void node(StringBuilder b, OutlineNode n, int depth) {
    String indent = "  ".repeat(depth);
    String tag = "  [" + n.kind() + "]";
    // the 요약 box's marker already says what it is
    boolean markerOnly = n.marker() != null && n.marker().replace(" ", "").contains(n.text());
    String marker = n.marker() == null ? "" : markerOnly ? n.marker() : n.marker() + " ";
    String text = markerOnly ? "" : n.text();
    int room = Math.max(20, WIDTH - indent.length() - width(marker) - tag.length());
    b.append(indent).append(marker).append(shorten(text, room)).append(tag).append('\n');
    n.children().forEach(c -> node(b, c, depth + 1));
  }

  /** Cuts to {@code max} terminal columns; Hangul and Han take two columns each. */
  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    if (width(one) <= max) {
      return one;
    }
    int cols = 0;
    int i = 0;
    while (i < one.length() && cols + columns(one.charAt(i)) <= max - 1) {
      cols += columns(one.charAt(i));
      i++;
    }
    return one.substring(0, i) + "…";
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += columns(s.charAt(i));
    }
    return w;
  }

  private static int columns(char c) {
    return (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF' && c != '\u303F')
        || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6') ? 2 : 1;
  }
}
