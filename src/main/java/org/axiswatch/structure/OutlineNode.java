package org.axiswatch.structure;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Span;

/**
 * One node of the outline.
 *
 * @param kind what sort of node
 * @param marker the marker as written ("1.", "①", "□", "-", "※"), or null
 * @param text the heading or first line, continuation lines joined, marker removed
 * @param span the node's own text (marker included) in original offsets; children have their own
 * @param children nodes below it, in document order
 */
public record OutlineNode(
    NodeKind kind, String marker, String text, Span span, List<OutlineNode> children) {
  public OutlineNode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    children = List.copyOf(children);
  }
}
