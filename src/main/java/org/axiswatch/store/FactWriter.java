package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.sanctions.Citation;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.structure.DocumentInfo;

/** Events, exchanges, claims, sanctions decisions and screening hits, parties as KB ids. */
record FactWriter(Connection c, String documentId, EntityWriter entities) {

  void write(AnalyzedDocument doc, List<Mention> mentions) throws SQLException {
    events(doc.find(Event.KEY).orElse(List.of()));
    PartialDate documentDate = doc.find(DocumentInfo.KEY).map(DocumentInfo::date).orElse(null);
    exchanges(doc.find(Exchange.KEY).orElse(List.of()), mentions, documentDate);
    claims(doc.find(Claim.KEY).orElse(List.of()));
    decisions(doc.find(Decision.KEY).orElse(List.of()));
    screening(doc.find(ScreeningHit.KEY).orElse(List.of()));
  }

  private String kb(String localId) throws SQLException {
    return localId == null ? null : entities.kbId(localId, guessType(localId), null);
  }

  /** The type of an id no entity record declares, from the id scheme (docs/architecture.md). */
  static EntityType guessType(String id) {
    int colon = id.indexOf(':');
    if (colon > 0) {
      try {
        return EntityType.valueOf(id.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException notAType) {
        return EntityType.ORG;
      }
    }
    return id.length() == 3 && id.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')
        ? EntityType.GPE : EntityType.ORG;
  }

  private void events(List<Event> events) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (document_id, ordinal,"
            + " event_type, event_date, date_first, place, span_start, span_end, evidence,"
            + " plover_category, plover_mode, plover_context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement actor = c.prepareStatement("INSERT INTO event_actor (document_id, event,"
            + " pos, entity_id, local_entity) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        ps.setString(1, documentId);
        ps.setInt(2, i);
        ps.setString(3, e.type().name());
        Sql.date(ps, 4, 5, e.date());
        Sql.text(ps, 6, kb(e.place()));
        ps.setInt(7, e.span().start());
        ps.setInt(8, e.span().end());
        ps.setString(9, e.text());
        ps.setString(10, e.plover().category());
        Sql.text(ps, 11, e.plover().mode());
        ps.setString(12, String.join(" ", e.plover().context()));
        ps.addBatch();
        for (int a = 0; a < e.actors().size(); a++) {
          actor.setString(1, documentId);
          actor.setInt(2, i);
          actor.setInt(3, a);
          actor.setString(4, kb(e.actors().get(a)));
          actor.setString(5, e.actors().get(a));
          actor.addBatch();
        }
      }
      ps.executeBatch();
      actor.executeBatch();
    }
  }

  private void exchanges(List<Exchange> exchanges, List<Mention> mentions, PartialDate documentDate)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange (document_id, ordinal,"
        + " giver, receiver, giver_local, receiver_local, category, item, status, quantity,"
        + " exchange_date, date_first, date_basis, span_start, span_end, evidence)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < exchanges.size(); i++) {
        Exchange x = exchanges.get(i);
        PartialDate stated = statedDate(x.span(), mentions);
        PartialDate date = stated != null ? stated : documentDate;
        ps.setString(1, documentId);
        ps.setInt(2, i);
        ps.setString(3, kb(x.from()));
        ps.setString(4, kb(x.to()));
        ps.setString(5, x.from());
        ps.setString(6, x.to());
        ps.setString(7, x.category().name());
        ps.setString(8, x.item());
        ps.setString(9, x.status().name());
        Sql.text(ps, 10, x.quantity());
        Sql.date(ps, 11, 12, date);
        Sql.text(ps, 13, stated != null ? "evidence" : date != null ? "document" : null);
        ps.setInt(14, x.span().start());
        ps.setInt(15, x.span().end());
        ps.setString(16, x.text());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The first date mention inside the evidence: exchanges carry no date of their own. */
  private static PartialDate statedDate(Span evidence, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.type() == EntityType.DATE && m.value() != null && evidence.contains(m.span())) {
        try {
          return PartialDate.parse(m.value());
        } catch (IllegalArgumentException notIso) {
          // a value the mentions stage could not normalize is no date to sort by
        }
      }
    }
    return null;
  }

  private void claims(List<Claim> claims) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim (document_id, ordinal, kind,"
        + " source_entity, claim_date, claim_text, span_start, span_end, estimative_term,"
        + " estimative_level, reliability, credibility) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < claims.size(); i++) {
        Claim x = claims.get(i);
        ps.setString(1, documentId);
        ps.setInt(2, i);
        ps.setString(3, x.kind().name());
        Sql.text(ps, 4, kb(x.source()));
        Sql.text(ps, 5, x.date() == null ? null : x.date().toString());
        ps.setString(6, x.text());
        ps.setInt(7, x.span().start());
        ps.setInt(8, x.span().end());
        Sql.text(ps, 9, x.estimative() == null ? null : x.estimative().term());
        Sql.text(ps, 10, x.estimative() == null ? null : x.estimative().level().name());
        ps.setString(11, String.valueOf(x.reliability()));
        ps.setInt(12, x.credibility());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void decisions(List<Decision> decisions) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO sanctions_decision (document_id,"
            + " ordinal, exchange, verdict, why) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement cite = c.prepareStatement("INSERT INTO decision_citation (document_id,"
            + " decision, pos, resolution, paragraph, why) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < decisions.size(); i++) {
        Decision d = decisions.get(i);
        ps.setString(1, documentId);
        ps.setInt(2, i);
        ps.setInt(3, d.exchange());
        ps.setString(4, d.verdict().name());
        ps.setString(5, d.why());
        ps.addBatch();
        for (int p = 0; p < d.provisions().size(); p++) {
          Citation x = d.provisions().get(p);
          cite.setString(1, documentId);
          cite.setInt(2, i);
          cite.setInt(3, p);
          cite.setString(4, x.resolution());
          cite.setString(5, x.paragraph());
          cite.setString(6, x.why());
          cite.addBatch();
        }
      }
      ps.executeBatch();
      cite.executeBatch();
    }
  }

  private void screening(List<ScreeningHit> hits) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO screening_hit (document_id, ordinal,"
        + " entity_id, local_entity, list_name, ref, listed_name, score, why)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < hits.size(); i++) {
        ScreeningHit h = hits.get(i);
        ps.setString(1, documentId);
        ps.setInt(2, i);
        ps.setString(3, kb(h.entity()));
        ps.setString(4, h.entity());
        ps.setString(5, h.list());
        ps.setString(6, h.ref());
        ps.setString(7, h.listedName());
        ps.setDouble(8, h.score());
        ps.setString(9, h.why());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
