package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns gazetteer data lines into entries. Columns (tab-separated):
 * type, English name, Korean names, aliases, alpha-3, Wikidata id, source, attributes.
 * See src/main/resources/mentions/README.md.
 */
final class GazetteerReader {
  private GazetteerReader() {}

  static List<GazetteerEntry> read(DataLines data) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (DataLines.Row row : data.rows()) {
      out.add(entry(row));
    }
    return out;
  }

  static GazetteerEntry entry(DataLines.Row row) {
    row.needColumns(7);
    EntityType type;
    try {
      type = EntityType.valueOf(row.cell(0));
    } catch (IllegalArgumentException e) {
      throw row.problem("unknown type '" + row.cell(0) + "' (PERSON, ORG, GPE, LOC, FAC, WEAPON)");
    }
    if (!type.isNamed()) {
      throw row.problem("the gazetteer holds named things, not " + type);
    }
    String name = row.cell(1);
    if (name.isEmpty()) {
      throw row.problem("empty English name");
    }
    String code = nullable(row.cell(4));
    if (code != null && !code.matches("[A-Z]{3}")) {
      throw row.problem("alpha-3 code must be three capital letters: '" + code + "'");
    }
    if (type == EntityType.GPE && code == null) {
      throw row.problem("a state (GPE) needs its alpha-3 code");
    }
    String wikidata = nullable(row.cell(5));
    if (wikidata != null && !wikidata.matches("Q[0-9]+")) {
      throw row.problem("Wikidata id must look like Q123: '" + wikidata + "'");
    }
    String source = row.cell(6);
    if (source.isEmpty() || source.equals("-")) {
      throw row.problem("every entry names its source");
    }
    Map<String, String> attrs = attributes(row, row.cell(7));
    boolean korean = attrs.containsKey("nat")
        && (attrs.get("nat").equals("PRK") || attrs.get("nat").equals("KOR"));
    Set<String> hangul = new LinkedHashSet<>();
    for (String k : DataLines.list(row.cell(2))) {
      if (korean && type == EntityType.PERSON) {
        hangul.addAll(HangulSpelling.variants(k));
      } else {
        hangul.add(k);
        if (korean && HangulSpelling.isHangul(k.charAt(0))) {
          hangul.add(HangulSpelling.southern(k, 0));
        }
      }
    }
    GazetteerEntry.PersonFacts person = null;
    if (type == EntityType.PERSON) {
      person = new GazetteerEntry.PersonFacts(year(row, attrs.get("born")), attrs.get("nat"),
          attrs.get("pos"));
    }
    String id = type == EntityType.GPE ? code : GazetteerEntry.slug(name);
    if (attrs.containsKey("id")) {
      id = attrs.get("id");
    }
    return new GazetteerEntry(id, type, name, new ArrayList<>(hangul),
        DataLines.list(row.cell(3)), code, wikidata, source, person);
  }

  /** The row's {@code nat} attribute, or null. */
  static String nationality(DataLines.Row row) {
    return attributes(row, row.cell(7)).get("nat");
  }

  private static Map<String, String> attributes(DataLines.Row row, String cell) {
    Map<String, String> out = new HashMap<>();
    if (cell.isEmpty() || cell.equals("-")) {
      return out;
    }
    for (String pair : cell.split(";")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw row.problem("attribute must be key=value: '" + pair + "'");
      }
      String key = pair.substring(0, eq).strip();
      if (!Set.of("born", "nat", "pos", "id").contains(key)) {
        throw row.problem("unknown attribute '" + key + "' (born, nat, pos, id)");
      }
      String value = pair.substring(eq + 1).strip();
      if (key.equals("nat") && !value.matches("[A-Z]{3}")) {
        throw row.problem("nat must be an ISO 3166 alpha-3 code: '" + value + "'");
      }
      out.put(key, value);
    }
    return out;
  }

  private static Integer year(DataLines.Row row, String v) {
    if (v == null) {
      return null;
    }
    if (!v.matches("(1[89]|20)[0-9]{2}")) {
      throw row.problem("birth year must be four digits: '" + v + "'");
    }
    return Integer.parseInt(v);
  }

  private static String nullable(String cell) {
    return cell.isEmpty() || cell.equals("-") ? null : cell;
  }
}
