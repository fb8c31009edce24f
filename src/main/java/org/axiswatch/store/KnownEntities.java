package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.resolve.CrossDocumentResolver;

/** The resolver's view of the knowledge base, read inside the writing transaction. */
final class KnownEntities implements CrossDocumentResolver.Known {
  private final Connection c;
  private final EntityMemory memory;

  KnownEntities(Connection c, EntityMemory memory) {
    this.c = c;
    this.memory = memory;
  }

  @Override
  public boolean exists(String id) {
    if (memory.hasEntity(id)) {
      return true;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM entity WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          memory.foundEntity(id);
          return true;
        }
        return false;
      }
    } catch (SQLException e) {
      throw new UncheckedSql(e);
    }
  }

  @Override
  public List<String> withForms(EntityType type, Set<String> normalizedForms) {
    List<String> ids = new ArrayList<>();
    String sql = "SELECT DISTINCT e.id, e.origin FROM entity e JOIN entity_name n ON n.entity_id = e.id"
        + " WHERE e.entity_type = ? AND n.normalized = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      List<String[]> found = new ArrayList<>();
      for (String form : normalizedForms) {
        ps.setString(1, type.name());
        ps.setString(2, form);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
      }
      // gazetteer entities first, then by id, so the choice does not depend on ingest order of forms
      found.sort((a, b) -> {
        int ga = "gazetteer".equals(a[1]) ? 0 : 1;
        int gb = "gazetteer".equals(b[1]) ? 0 : 1;
        return ga != gb ? Integer.compare(ga, gb) : a[0].compareTo(b[0]);
      });
      found.forEach(f -> {
        if (!ids.contains(f[0])) {
          ids.add(f[0]);
        }
      });
      return ids;
    } catch (SQLException e) {
      throw new UncheckedSql(e);
    }
  }

  @Override
  public Map<String, List<String>> ofType(EntityType type) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    String sql = "SELECT e.id, n.name FROM entity e JOIN entity_name n ON n.entity_id = e.id"
        + " WHERE e.entity_type = ? ORDER BY e.id, n.name";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, type.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          all.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
      return all;
    } catch (SQLException e) {
      throw new UncheckedSql(e);
    }
  }

  /** Carries an SQLException through the resolver's interface; the writer unwraps it. */
  static final class UncheckedSql extends RuntimeException {
    UncheckedSql(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
