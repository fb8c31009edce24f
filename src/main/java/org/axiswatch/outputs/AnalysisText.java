package org.axiswatch.outputs;

import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;

/**
 * The analysis for a person in a terminal: metadata, the outline as an indented tree, then the
 * entities by type with counts.
 */
public final class AnalysisText {
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
    doc.find(Outline.KEY).ifPresent(o -> {
      b.append("\noutline\n");
      o.roots().forEach(n -> node(b, n, 1));
    });
    EntityListing.write(doc, b);
    return b.toString();
  }

  private static void node(StringBuilder b, OutlineNode n, int depth) {
    b.append("  ".repeat(depth)).append(n.marker() == null ? "" : n.marker() + " ")
        .append(shorten(n.text(), 70)).append("  [").append(n.kind()).append("]\n");
    n.children().forEach(c -> node(b, c, depth + 1));
  }

  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
