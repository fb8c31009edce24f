package org.axiswatch.search.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;

/**
 * The generator's names and sentence templates, loaded once from {@code corpus/entities.yaml} and
 * {@code corpus/templates.yaml}. A bad entry fails here, naming the file and the entry.
 */
public final class CorpusVocabulary {
  static final Set<String> SLOTS = Set.of("gpe", "gpe2", "person", "person2", "org", "body", "outlet",
      "loc", "fac", "weapon", "weapon2", "goods", "date", "n", "n2");
  static final Pattern SLOT = Pattern.compile("\\{([a-z0-9]+)(?:\\|([^}]+))?}");
  private static final Map<String, EntityType> GROUPS = groups();

  /** Sentence and title templates of one kind of event, per language. */
  public record Kind(String name, List<String> titlesKo, List<String> titlesEn,
      List<String> ko, List<String> en) {}

  private final Map<String, List<CorpusEntity>> entities;
  private final Map<String, Kind> kinds;

  private CorpusVocabulary(Map<String, List<CorpusEntity>> entities, Map<String, Kind> kinds) {
    this.entities = entities;
    this.kinds = kinds;
  }

  /** The shipped data. */
  public static CorpusVocabulary load() {
    return new CorpusVocabulary(readEntities(read("corpus/entities.yaml")),
        readKinds(read("corpus/templates.yaml")));
  }

  public List<CorpusEntity> group(String name) {
    List<CorpusEntity> g = entities.get(name);
    if (g == null) {
      throw new IllegalArgumentException("no entity group " + name);
    }
    return g;
  }

  public Map<String, Kind> kinds() {
    return kinds;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = CorpusVocabulary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": missing from the classpath");
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, List<CorpusEntity>> readEntities(JsonNode root) {
    Map<String, List<CorpusEntity>> out = new LinkedHashMap<>();
    for (var group : GROUPS.entrySet()) {
      JsonNode list = root.path(group.getKey());
      if (!list.isArray() || list.isEmpty()) {
        throw new IllegalStateException("corpus/entities.yaml: group " + group.getKey() + " missing");
      }
      List<CorpusEntity> items = new ArrayList<>();
      for (JsonNode e : list) {
        String id = text(e, "id", "corpus/entities.yaml", group.getKey());
        String en = text(e, "en", "corpus/entities.yaml", id);
        String ko = text(e, "ko", "corpus/entities.yaml", id);
        if (e.has("role_en")) {
          en = e.get("role_en").asText() + " " + en;
          ko = text(e, "role_ko", "corpus/entities.yaml", id) + " " + ko;
        }
        items.add(new CorpusEntity(id, group.getValue(), en, ko));
      }
      out.put(group.getKey(), List.copyOf(items));
    }
    return out;
  }

  private static Map<String, Kind> readKinds(JsonNode root) {
    Map<String, Kind> out = new LinkedHashMap<>();
    var fields = root.path("kinds").fields();
    while (fields.hasNext()) {
      var f = fields.next();
      String k = f.getKey();
      JsonNode n = f.getValue();
      out.put(k, new Kind(k, templates(n.path("titles").path("ko"), k + ".titles.ko"),
          templates(n.path("titles").path("en"), k + ".titles.en"),
          templates(n.path("ko"), k + ".ko"), templates(n.path("en"), k + ".en")));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("corpus/templates.yaml: no kinds");
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static List<String> templates(JsonNode list, String where) {
    if (!list.isArray() || list.isEmpty()) {
      throw new IllegalStateException("corpus/templates.yaml: " + where + " missing or empty");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode t : list) {
      Matcher m = SLOT.matcher(t.asText());
      while (m.find()) {
        if (!SLOTS.contains(m.group(1))) {
          throw new IllegalStateException("corpus/templates.yaml: " + where + ": unknown slot {"
              + m.group(1) + "} in \"" + t.asText() + "\"");
        }
      }
      out.add(t.asText());
    }
    return List.copyOf(out);
  }

  private static String text(JsonNode e, String field, String file, String where) {
    JsonNode v = e.get(field);
    if (v == null || v.asText().isBlank()) {
      throw new IllegalStateException(file + ": entry " + where + " has no " + field);
    }
    return v.asText();
  }

  private static Map<String, EntityType> groups() {
    Map<String, EntityType> g = new LinkedHashMap<>();
    g.put("states", EntityType.GPE);
    g.put("persons", EntityType.PERSON);
    g.put("orgs", EntityType.ORG);
    g.put("bodies", EntityType.ORG);
    g.put("outlets", EntityType.ORG);
    g.put("places", EntityType.LOC);
    g.put("facilities", EntityType.FAC);
    g.put("weapons", EntityType.WEAPON);
    g.put("goods", null);
    return g;
  }
}
