package org.axiswatch.mentions;

import java.util.List;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.read.RepairedText;
import org.axiswatch.structure.DocumentInfo;

/** Builds documents the way the read and structure stages will, and runs the mention stage once. */
final class MentionsFixture {
  static final MentionFinder FINDER = new MentionFinder();

  private MentionsFixture() {}

  static AnalyzedDocument analyze(String text, String date) {
    return analyze(FINDER, text, date);
  }

  static AnalyzedDocument analyze(MentionFinder finder, String text, String date) {
    AnalyzedDocument doc = new AnalyzedDocument().put(RepairedText.KEY, RepairedText.unchanged(text));
    doc.put(DocumentInfo.KEY, new DocumentInfo(Language.KO, date == null ? null : PartialDate.parse(date),
        null, null));
    finder.annotate(doc);
    return doc;
  }

  static List<Mention> mentions(String text, String date) {
    return analyze(text, date).get(Mention.KEY);
  }

  /** "TYPE text=entity-or-value" for each mention, for compact assertions. */
  static List<String> described(String text, String date) {
    return mentions(text, date).stream()
        .map(m -> m.type() + " " + m.text() + "=" + (m.value() != null ? m.value() : m.entity()))
        .toList();
  }
}
