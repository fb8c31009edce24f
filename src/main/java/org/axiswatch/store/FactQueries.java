package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.facts.EventType;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Span;
import org.axiswatch.resolve.FormNormalizer;
import org.axiswatch.sanctions.Citation;
import org.axiswatch.sanctions.Verdict;

/** The knowledge base's facts across documents, as stored (before the analyst's decisions). */
record FactQueries(Connection c) {

  List<StoredEntity> entities() throws SQLException {
    Map<String, List<String>> forms = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT entity_id, name FROM entity_name ORDER BY entity_id, name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        forms.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    List<StoredEntity> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, entity_type, name, code, wikidata,"
            + " origin FROM entity ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new StoredEntity(rs.getString(1), EntityType.valueOf(rs.getString(2)),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            forms.getOrDefault(rs.getString(1), List.of())));
      }
    }
    return out;
  }

  List<StoredMention> mentions() throws SQLException {
    List<StoredMention> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, ordinal, entity_id,"
            + " entity_type, mention_text, span_start, span_end FROM mention"
            + " WHERE entity_id IS NOT NULL ORDER BY document_id, ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new StoredMention(rs.getString(1), rs.getInt(2), rs.getString(3),
            EntityType.valueOf(rs.getString(4)), rs.getString(5), new Span(rs.getInt(6), rs.getInt(7))));
      }
    }
    return out;
  }

  List<StoredEvent> events() throws SQLException {
    Map<String, List<String>> actors = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, event, entity_id"
            + " FROM event_actor ORDER BY document_id, event, pos");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        actors.computeIfAbsent(rs.getString(1) + '#' + rs.getInt(2), k -> new ArrayList<>())
            .add(rs.getString(3));
      }
    }
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, ordinal, event_type,"
            + " event_date, place, span_start, span_end, evidence FROM event"
            + " ORDER BY document_id, ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new StoredEvent(rs.getString(1), rs.getInt(2), EventType.valueOf(rs.getString(3)),
            Sql.partialDate(rs.getString(4)),
            actors.getOrDefault(rs.getString(1) + '#' + rs.getInt(2), List.of()), rs.getString(5),
            new Span(rs.getInt(6), rs.getInt(7)), rs.getString(8)));
      }
    }
    return out;
  }

  List<StoredExchange> exchanges() throws SQLException {
    record Verdicted(Verdict verdict, List<Citation> provisions) {}
    Map<String, List<Citation>> citations = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, decision, resolution,"
            + " paragraph, why FROM decision_citation ORDER BY document_id, decision, pos");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        citations.computeIfAbsent(rs.getString(1) + '#' + rs.getInt(2), k -> new ArrayList<>())
            .add(new Citation(rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    Map<String, Verdicted> verdicts = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, ordinal, exchange, verdict"
            + " FROM sanctions_decision ORDER BY document_id, ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        verdicts.putIfAbsent(rs.getString(1) + '#' + rs.getInt(3), new Verdicted(
            Verdict.valueOf(rs.getString(4)),
            citations.getOrDefault(rs.getString(1) + '#' + rs.getInt(2), List.of())));
      }
    }
    List<StoredExchange> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, ordinal, giver, receiver,"
            + " category, item, status, quantity, exchange_date, date_basis, span_start, span_end,"
            + " evidence FROM exchange ORDER BY document_id, ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Verdicted v = verdicts.get(rs.getString(1) + '#' + rs.getInt(2));
        out.add(new StoredExchange(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            ExchangeCategory.valueOf(rs.getString(5)), rs.getString(6),
            ExchangeStatus.valueOf(rs.getString(7)), rs.getString(8),
            Sql.partialDate(rs.getString(9)), rs.getString(10), new Span(rs.getInt(11), rs.getInt(12)),
            rs.getString(13), v == null ? null : v.verdict(), v == null ? List.of() : v.provisions()));
      }
    }
    return out;
  }

  List<StoredHit> hits() throws SQLException {
    List<StoredHit> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, entity_id, list_name, ref,"
            + " listed_name, score, why FROM screening_hit ORDER BY document_id, ordinal");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new StoredHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getDouble(6), rs.getString(7)));
      }
    }
    return out;
  }

  /**
   * "document\nentity" → normalized forms the document used for that KB entity: its mention
   * texts (a record's names also hold gazetteer aliases the document never wrote), or the record's
   * names when it has no mention.
   */
  Map<String, Set<String>> documentForms() throws SQLException {
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT document_id, entity_id, mention_text"
            + " FROM mention WHERE entity_id IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        add(forms, rs.getString(1), rs.getString(2), rs.getString(3));
      }
    }
    Map<String, Set<String>> recorded = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT document_id, entity_id, name, names FROM document_entity");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        add(recorded, rs.getString(1), rs.getString(2), rs.getString(3));
        for (String name : FormsColumn.read(rs.getString(4))) {
          add(recorded, rs.getString(1), rs.getString(2), name);
        }
      }
    }
    recorded.forEach(forms::putIfAbsent);
    return forms;
  }

  private static void add(Map<String, Set<String>> forms, String document, String entity,
      String form) {
    String key = FormNormalizer.normalize(form);
    if (!key.isEmpty()) {
      forms.computeIfAbsent(document + '\n' + entity, k -> new LinkedHashSet<>()).add(key);
    }
  }
}
