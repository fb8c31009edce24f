package org.axiswatch.structure;

import java.util.ArrayList;
import java.util.List;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Span;

/** The document's outline: top-level nodes in order. */
public record Outline(List<OutlineNode> roots) {
  public static final Key<Outline> KEY = Key.named("outline");

  public Outline {
    roots = List.copyOf(roots);
  }

  /** The chain of nodes, outermost first, whose subtree holds the given original offset. */
  public List<OutlineNode> path(int offset) {
    List<OutlineNode> path = new ArrayList<>();
    List<OutlineNode> level = roots;
    while (true) {
      OutlineNode holder = null;
      for (OutlineNode n : level) {
        if (subtree(n).contains(offset)) {
          holder = n;
        }
      }
      if (holder == null) {
        return path;
      }
      path.add(holder);
      level = holder.children();
    }
  }

  /** The span from a node's start to the end of its last descendant. */
  public static Span subtree(OutlineNode node) {
    Span s = node.span();
    for (OutlineNode c : node.children()) {
      s = s.union(subtree(c));
    }
    return s;
  }
}
