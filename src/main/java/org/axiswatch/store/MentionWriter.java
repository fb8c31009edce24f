package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axiswatch.mentions.Mention;

/** A document's mentions, each with the KB entity it names (null when it names none). */
record MentionWriter(Connection c, String documentId) {
  void write(List<Mention> mentions, EntityWriter entities) throws SQLException {
    try (PreparedStatement m = c.prepareStatement("INSERT INTO mention (document_id, ordinal,"
        + " entity_type, span_start, span_end, mention_text, local_entity, entity_id, norm_value,"
        + " origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < mentions.size(); i++) {
        Mention x = mentions.get(i);
        m.setString(1, documentId);
        m.setInt(2, i);
        m.setString(3, x.type().name());
        m.setInt(4, x.span().start());
        m.setInt(5, x.span().end());
        m.setString(6, x.text());
        Sql.text(m, 7, x.entity());
        Sql.text(m, 8, x.entity() == null ? null : entities.kbId(x.entity(), x.type(), x.text()));
        Sql.text(m, 9, x.value());
        m.setString(10, x.origin());
        m.addBatch();
      }
      m.executeBatch();
    }
  }
}
