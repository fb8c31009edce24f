package org.axiswatch.structure;

/** Kinds of outline node, as the analysis contract names them. */
public enum NodeKind {
  SECTION("a numbered heading: 1., 2., Ⅰ."),
  GROUP("a □ heading, or a titled box such as the 요약 summary"),
  POINT("a circled-number point: ①…⑳"),
  ITEM("a bullet line: o, ○, -, △, •"),
  NOTE("a ※ or ☞ note, or a footnote"),
  PARAGRAPH("running text without a marker");

  private final String description;

  NodeKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
