package org.axiswatch.web;

import java.util.List;
import org.axiswatch.web.Views.BriefView;
import org.axiswatch.web.Views.EventRow;
import org.axiswatch.web.Views.LedgerRow;

/**
 * A plain Markdown brief from the workbench's own rows: the ledger with verdicts, then the dated
 * events. Used while the outputs stage's brief writer is not on this branch.
 */
final class BriefDraft {
  private BriefDraft() {}

  /** @param about the entity's name, or null for everything */
  static BriefView write(String about, int documents, List<LedgerRow> ledger, List<EventRow> events) {
    String subject = about == null ? "all documents" : about;
    StringBuilder md = new StringBuilder();
    md.append("# Brief: ").append(subject).append("\n\n");
    md.append(documents).append(" document(s) in the knowledge base.\n\n");
    md.append("## Exchanges and sanctions\n\n");
    if (ledger.isEmpty()) {
      md.append("No exchanges found.\n");
    }
    for (LedgerRow r : ledger) {
      md.append("- ").append(r.fromName()).append(" → ").append(r.toName()).append(": ")
          .append(r.exchange().item()).append(" (").append(r.exchange().category()).append(", ")
          .append(r.exchange().status()).append(")");
      if (r.decision() != null) {
        md.append(" — ").append(r.decision().verdict());
        r.decision().provisions().forEach(p ->
            md.append(" · UNSCR ").append(p.resolution()).append(" ¶").append(p.paragraph()));
      }
      md.append("\n");
    }
    md.append("\n## Timeline\n\n");
    if (events.isEmpty()) {
      md.append("No events found.\n");
    }
    for (EventRow r : events) {
      md.append("- ").append(r.event().date() == null ? "undated" : r.event().date())
          .append(" ").append(r.event().type()).append(": ").append(String.join(", ", r.actorNames()))
          .append(" — ").append(r.event().text().replaceAll("\\s+", " ")).append("\n");
    }
    return new BriefView("Brief: " + subject, md.toString());
  }
}
