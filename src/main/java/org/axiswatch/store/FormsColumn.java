package org.axiswatch.store;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.SQLException;
import java.util.List;

/**
 * document_entity.names: a record's forms, in order, as a JSON array of strings (one column
 * instead of a row per form; PostgreSQL reads it with {@code names::json}).
 */
final class FormsColumn {
  // V2's migration escapes backslash, quote and line breaks; other control characters come raw
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private FormsColumn() {}

  static String write(List<String> forms) throws SQLException {
    try {
      return JSON.writeValueAsString(forms);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("cannot encode entity forms: " + e.getMessage(), e);
    }
  }

  static List<String> read(String column) throws SQLException {
    try {
      return List.copyOf(JSON.readValue(column, STRINGS));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("document_entity.names is not a JSON array of strings: "
          + e.getOriginalMessage(), e);
    }
  }
}
