package org.axiswatch.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a facts data file (a YAML list of mappings), with the line it starts on so every
 * complaint names file and line.
 */
record DataEntry(String file, int line, JsonNode node) {

  String text(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw problem("missing or empty '" + field + "'");
    }
    return v.asText();
  }

  String optional(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  boolean flag(String field) {
    JsonNode v = node.get(field);
    return v != null && v.asBoolean(false);
  }

  /** A list of strings; a single string counts as a list of one; absent is empty. */
  List<String> list(String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else {
      out.add(v.asText());
    }
    return out;
  }

  <E extends Enum<E>> E constant(String field, Class<E> type) {
    String raw = text(field);
    try {
      return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw problem("'" + field + "' is " + raw + ", not one of " + List.of(type.getEnumConstants()));
    }
  }

  FactDataException problem(String what) {
    return new FactDataException(file, line, what);
  }
}
