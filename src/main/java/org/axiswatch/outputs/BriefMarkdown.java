package org.axiswatch.outputs;

import java.util.List;
import java.util.stream.Collectors;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.BriefItem;
import org.axiswatch.analysis.ClaimFinding;
import org.axiswatch.analysis.Footnote;
import org.axiswatch.analysis.HitFinding;
import org.axiswatch.pipeline.Language;

/** The brief as Markdown with footnotes ({@code [^n]}, as GitHub and Pandoc read them). */
public final class BriefMarkdown {
  private BriefMarkdown() {}

  public static String write(BriefContent content, Language language) {
    BriefWording w = new BriefWording(content, language);
    BriefLabels l = w.labels();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(w.title()).append("\n\n");
    b.append("_").append(w.subtitle()).append("_\n\n");

    b.append("## ").append(l.get("section.summary")).append("\n\n");
    w.summary().forEach(line -> bullet(b, line));

    b.append("\n## 1. ").append(l.get("section.background")).append("\n\n");
    b.append("**").append(l.get("section.background_lead")).append("**\n\n");
    list(b, content.background().stream().map(w::event).toList(), l);

    b.append("\n## 2. ").append(l.get("section.prospects")).append("\n\n");
    b.append("### ").append(l.get("section.possibilities")).append("\n\n");
    claims(b, w, content.possibilities());
    b.append("\n### ").append(l.get("section.limitations")).append("\n\n");
    claims(b, w, content.limitations());

    b.append("\n### ").append(l.get("section.exchanges")).append("\n\n");
    if (content.exchanges().isEmpty()) {
      b.append(l.get("empty")).append("\n");
    } else {
      b.append("| ").append(String.join(" | ", l.get("table.from"), l.get("table.to"),
          l.get("table.item"), l.get("table.category"), l.get("table.status"),
          l.get("table.verdict"), l.get("table.provisions"))).append(" |\n");
      b.append("|---|---|---|---|---|---|---|\n");
      content.exchanges().stream().map(w::exchange).forEach(r -> b.append("| ")
          .append(String.join(" | ", cell(r.from()), cell(r.to()), cell(r.item()),
              cell(r.category()), cell(r.status()), "**" + cell(r.verdictLabel()) + "**",
              cell(r.provisions()) + refs(r.notes()))).append(" |\n"));
    }

    if (!content.findings().screening().isEmpty()) {
      b.append("\n### ").append(l.get("section.screening")).append("\n\n");
      for (HitFinding h : content.findings().screening()) {
        b.append("- ").append(w.screening(h)).append('\n');
      }
    }

    b.append("\n## 3. ").append(l.get("section.recommendations")).append("\n\n");
    claims(b, w, content.recommendations());

    if (!content.footnotes().isEmpty()) {
      b.append("\n---\n\n");
      for (Footnote f : content.footnotes()) {
        b.append("[^").append(f.number()).append("]: ").append(w.footnote(f)).append('\n');
      }
    }
    return b.toString();
  }

  private static void claims(StringBuilder b, BriefWording w, List<BriefItem<ClaimFinding>> items) {
    list(b, items.stream().map(w::claim).toList(), w.labels());
  }

  private static void list(StringBuilder b, List<BriefWording.Line> lines, BriefLabels l) {
    if (lines.isEmpty()) {
      b.append(l.get("empty")).append('\n');
    }
    lines.forEach(line -> bullet(b, line));
  }

  private static void bullet(StringBuilder b, BriefWording.Line line) {
    b.append("- ").append(escape(line.text())).append(refs(line.notes())).append('\n');
  }

  private static String refs(List<Integer> notes) {
    return notes.stream().map(n -> "[^" + n + "]").collect(Collectors.joining());
  }

  private static String cell(String s) {
    return escape(s).replace("|", "\\|");
  }

  /** Keeps source text from turning into Markdown markup (a quoted "*" or "[" stays a character). */
  private static String escape(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
  }
}
