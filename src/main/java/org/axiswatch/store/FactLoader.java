package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.ClaimKind;
import org.axiswatch.facts.Estimative;
import org.axiswatch.facts.EstimativeLevel;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.EventType;
import org.axiswatch.facts.Exchange;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.facts.Plover;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Span;
import org.axiswatch.sanctions.Citation;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.sanctions.Verdict;

/** Loads a document's facts back with the document's own entity ids, as they were analysed. */
record FactLoader(Connection c, String id) {

  void load(AnalyzedDocument doc, Set<String> stages) throws SQLException {
    if (stages.contains(Event.KEY.name())) {
      doc.put(Event.KEY, events());
    }
    if (stages.contains(Exchange.KEY.name())) {
      doc.put(Exchange.KEY, exchanges());
    }
    if (stages.contains(Claim.KEY.name())) {
      doc.put(Claim.KEY, claims());
    }
    if (stages.contains(Decision.KEY.name())) {
      doc.put(Decision.KEY, decisions());
    }
    if (stages.contains(ScreeningHit.KEY.name())) {
      doc.put(ScreeningHit.KEY, screening());
    }
  }

  private PreparedStatement query(String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.setString(1, id);
    return ps;
  }

  /** Local ids of places and claim sources: the document_entity row the KB id came from. */
  private String local(String kbId) throws SQLException {
    if (kbId == null) {
      return null;
    }
    try (PreparedStatement ps = query("SELECT local_id FROM document_entity WHERE document_id = ?"
        + " AND entity_id = ? ORDER BY ordinal")) {
      ps.setString(2, kbId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : kbId;
      }
    }
  }

  private List<Event> events() throws SQLException {
    Map<Integer, List<String>> actors = new HashMap<>();
    try (PreparedStatement ps = query("SELECT event, local_entity FROM event_actor"
        + " WHERE document_id = ? ORDER BY event, pos");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        actors.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    List<Event> out = new ArrayList<>();
    try (PreparedStatement ps = query("SELECT ordinal, event_type, event_date, place, span_start,"
        + " span_end, evidence, plover_category, plover_mode, plover_context FROM event"
        + " WHERE document_id = ? ORDER BY ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String context = rs.getString(10);
        List<String> contexts = context == null || context.isBlank()
            ? List.of() : Arrays.asList(context.split(" "));
        out.add(new Event(EventType.valueOf(rs.getString(2)), Sql.partialDate(rs.getString(3)),
            actors.getOrDefault(rs.getInt(1), List.of()), local(rs.getString(4)),
            new Span(rs.getInt(5), rs.getInt(6)), rs.getString(7),
            new Plover(rs.getString(8), rs.getString(9), contexts)));
      }
    }
    return out;
  }

  private List<Exchange> exchanges() throws SQLException {
    List<Exchange> out = new ArrayList<>();
    try (PreparedStatement ps = query("SELECT giver_local, receiver_local, category, item, status,"
        + " quantity, span_start, span_end, evidence FROM exchange WHERE document_id = ?"
        + " ORDER BY ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Exchange(rs.getString(1), rs.getString(2),
            ExchangeCategory.valueOf(rs.getString(3)), rs.getString(4),
            ExchangeStatus.valueOf(rs.getString(5)), rs.getString(6),
            new Span(rs.getInt(7), rs.getInt(8)), rs.getString(9)));
      }
    }
    return out;
  }

  private List<Claim> claims() throws SQLException {
    List<Claim> out = new ArrayList<>();
    try (PreparedStatement ps = query("SELECT kind, source_entity, claim_date, claim_text, span_start,"
        + " span_end, estimative_term, estimative_level, reliability, credibility FROM claim"
        + " WHERE document_id = ? ORDER BY ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String term = rs.getString(7);
        out.add(new Claim(ClaimKind.valueOf(rs.getString(1)), local(rs.getString(2)),
            Sql.partialDate(rs.getString(3)), rs.getString(4), new Span(rs.getInt(5), rs.getInt(6)),
            term == null ? null : new Estimative(term, EstimativeLevel.valueOf(rs.getString(8))),
            rs.getString(9).charAt(0), rs.getInt(10)));
      }
    }
    return out;
  }

  private List<Decision> decisions() throws SQLException {
    Map<Integer, List<Citation>> citations = new HashMap<>();
    try (PreparedStatement ps = query("SELECT decision, resolution, paragraph, why"
        + " FROM decision_citation WHERE document_id = ? ORDER BY decision, pos");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        citations.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
            .add(new Citation(rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    }
    List<Decision> out = new ArrayList<>();
    try (PreparedStatement ps = query("SELECT ordinal, exchange, verdict, why FROM sanctions_decision"
        + " WHERE document_id = ? ORDER BY ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Decision(rs.getInt(2), Verdict.valueOf(rs.getString(3)),
            citations.getOrDefault(rs.getInt(1), List.of()), rs.getString(4)));
      }
    }
    return out;
  }

  private List<ScreeningHit> screening() throws SQLException {
    List<ScreeningHit> out = new ArrayList<>();
    try (PreparedStatement ps = query("SELECT local_entity, list_name, ref, listed_name, score, why"
        + " FROM screening_hit WHERE document_id = ? ORDER BY ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new ScreeningHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDouble(5), rs.getString(6)));
      }
    }
    return out;
  }
}
