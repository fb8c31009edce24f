package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the stage knows by name, loaded once from the data files under
 * src/main/resources/mentions/gazetteer/. A malformed line fails construction naming file and line.
 */
public final class Gazetteer {
  /** The shipped files, in load order. */
  static final List<String> FILES = List.of(
      "gazetteer/states.tsv", "gazetteer/people.tsv", "gazetteer/organisations.tsv",
      "gazetteer/places.tsv", "gazetteer/weapons.tsv");

  private final Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
  private final Map<String, String> nationalities = new HashMap<>();
  private final NameIndex index = new NameIndex();

  Gazetteer(List<DataLines> files) {
    Map<String, String> where = new HashMap<>();
    for (DataLines file : files) {
      for (DataLines.Row row : file.rows()) {
        GazetteerEntry e = GazetteerReader.entry(row);
        String before = where.put(e.id(), row.file() + ":" + row.line());
        if (before != null) {
          throw row.problem("id '" + e.id() + "' already defined at " + before);
        }
        byId.put(e.id(), e);
        String nat = GazetteerReader.nationality(row);
        if (nat != null) {
          nationalities.put(e.id(), nat);
        }
        for (String form : e.forms()) {
          index.add(form, e);
        }
      }
    }
  }

  /**
   * The shipped gazetteer, read once per process: the mention, fact and sanctions stages all ask
   * for it, and it does not change after loading.
   */
  public static synchronized Gazetteer standard() {
    // not a holder class: a malformed file must fail with its own message every time, not as an
    // ExceptionInInitializerError once and NoClassDefFoundError after
    if (shipped == null) {
      List<DataLines> files = new ArrayList<>();
      for (String f : FILES) {
        files.add(DataLines.resource(f));
      }
      shipped = new Gazetteer(files);
    }
    return shipped;
  }

  private static Gazetteer shipped;

  public GazetteerEntry get(String id) {
    return byId.get(id);
  }

  /**
   * The {@code nat} attribute of an entry of any type (a person's, or the state an organisation
   * belongs to: the ROK's 국방부 vs the DPRK's 국방성), or null; read-only, for sanctions screening.
   */
  public String nationality(String id) {
    return nationalities.get(id);
  }

  /** The state with this ISO alpha-3 code, or null. */
  public GazetteerEntry state(String alpha3) {
    GazetteerEntry e = byId.get(alpha3);
    return e != null && e.type() == EntityType.GPE ? e : null;
  }

  public List<GazetteerEntry> entries() {
    return List.copyOf(byId.values());
  }

  NameIndex index() {
    return index;
  }
}
