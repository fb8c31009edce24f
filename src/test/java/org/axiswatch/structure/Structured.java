package org.axiswatch.structure;

import java.util.List;
import org.axiswatch.pipeline.Language;
import org.axiswatch.read.RepairedText;
import org.axiswatch.read.TextRepair;

/** Runs the structure stages on a text, for tests; renders an outline compactly. */
record Structured(RepairedText repaired, DocumentInfo info, Outline outline, List<Sentence> sentences) {
  private static final DocumentInfoFinder INFO = new DocumentInfoFinder();
  private static final SentenceSplitter SENTENCES = new SentenceSplitter();

  static Structured of(String text) {
    return of(text, false);
  }

  static Structured of(String text, boolean markdown) {
    RepairedText r = TextRepair.repair(text, true);
    DocumentInfo info = INFO.find(r.text());
    Outline o = OutlineBuilder.build(r, info.language(), markdown);
    return new Structured(r, info, o, SENTENCES.split(r, o));
  }

  static Language language(String text) {
    return DocumentInfoFinder.language(text);
  }

  /** One line a node: indentation by depth, kind, marker, the first words of its text. */
  String tree() {
    StringBuilder b = new StringBuilder();
    outline.roots().forEach(n -> render(b, n, 0));
    return b.toString();
  }

  private static void render(StringBuilder b, OutlineNode n, int depth) {
    String t = n.text();
    b.append("  ".repeat(depth)).append(n.kind()).append(' ')
        .append(n.marker() == null ? "" : n.marker() + " ")
        .append((t.length() > 12 ? t.substring(0, 12) : t).strip()).append('\n');
    n.children().forEach(c -> render(b, c, depth + 1));
  }

  List<String> sentenceTexts() {
    return sentences.stream().map(Sentence::text).toList();
  }
}
