package org.axiswatch.web;

import java.util.List;
import org.axiswatch.web.Views.BriefView;
import org.axiswatch.web.Views.EventFilter;
import org.axiswatch.web.Views.EventRow;
import org.axiswatch.web.Views.LedgerRow;

/**
 * A plain Markdown brief for the in-memory workbench: the ledger with verdicts, then the dated
 * events. The outputs stage's brief writer replaces it when the workbench runs over the store.
 */
final class BriefDraft {
  private final KnowledgeFold fold;

  BriefDraft(KnowledgeFold fold) {
    this.fold = fold;
  }

  BriefView write(String entity) {
    String about = entity == null ? "all documents" : fold.nameOf(entity);
    StringBuilder md = new StringBuilder();
    md.append("# Brief: ").append(about).append("\n\n");
    md.append(fold.documents().size()).append(" document(s) in the knowledge base.\n\n");
    md.append("## Exchanges and sanctions\n\n");
    List<LedgerRow> ledger = fold.ledger(entity);
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
    List<EventRow> events = fold.events(new EventFilter(entity, null, null, null));
    if (events.isEmpty()) {
      md.append("No events found.\n");
    }
    for (EventRow r : events) {
      md.append("- ").append(r.event().date() == null ? "undated" : r.event().date())
          .append(" ").append(r.event().type()).append(": ").append(String.join(", ", r.actorNames()))
          .append(" — ").append(r.event().text().replaceAll("\\s+", " ")).append("\n");
    }
    return new BriefView("Brief: " + about, md.toString());
  }
}
