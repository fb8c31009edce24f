package org.axiswatch.structure;

import java.util.ArrayList;
import java.util.List;
import org.axiswatch.read.RepairedText;

/** An outline node while the outline is being built, in working-text offsets. */
final class DraftNode {
  final NodeKind kind;
  final String marker;
  final StringBuilder text;
  final int start;
  int end;
  /** Rank for nesting: a node closes every open node of the same or a deeper rank. */
  final int level;
  final int indent;
  final List<DraftNode> children = new ArrayList<>();
  /** Bullet families in the order they first appear below this node. */
  final List<String> families = new ArrayList<>();

  DraftNode(NodeKind kind, String marker, String text, int start, int end, int level, int indent) {
    this.kind = kind;
    this.marker = marker;
    this.text = new StringBuilder(text.strip());
    this.start = start;
    this.end = end;
    this.level = level;
    this.indent = indent;
  }

  /** A continuation line: its text joins the node's. */
  void extend(String line, int lineEnd) {
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(line.strip());
    end = lineEnd;
  }

  OutlineNode freeze(RepairedText repaired) {
    List<OutlineNode> kids = new ArrayList<>();
    for (DraftNode c : children) {
      kids.add(c.freeze(repaired));
    }
    return new OutlineNode(kind, marker, text.toString().replaceAll("\\s+", " ").strip(),
        repaired.toOriginal(start, end), kids);
  }
}
