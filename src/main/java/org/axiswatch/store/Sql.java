package org.axiswatch.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.axiswatch.pipeline.PartialDate;

/** Setting nullable parameters, which JDBC makes wordy. */
final class Sql {
  private Sql() {}

  static void text(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  static void integer(PreparedStatement ps, int i, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, value);
    }
  }

  static void date(PreparedStatement ps, int iso, int first, PartialDate date) throws SQLException {
    text(ps, iso, date == null ? null : date.toString());
    if (date == null) {
      ps.setNull(first, Types.DATE);
    } else {
      ps.setDate(first, Date.valueOf(date.first()));
    }
  }

  static PartialDate partialDate(String iso) {
    return iso == null ? null : PartialDate.parse(iso);
  }
}
