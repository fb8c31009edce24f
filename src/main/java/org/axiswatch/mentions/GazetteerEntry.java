package org.axiswatch.mentions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing the gazetteer knows, as read from a data file.
 *
 * @param id entity id: the alpha-3 code for states, else a slug of the English name
 * @param type PERSON, ORG, GPE, LOC, FAC or WEAPON
 * @param name canonical English name
 * @param korean Hangul (and hanja) names, with the generated North/South spellings
 * @param aliases romanized variants, abbreviations, other-language forms
 * @param code ISO 3166 alpha-3 for states, else null
 * @param wikidata Wikidata id or null
 * @param source where the entry comes from (a tag documented in the resources README)
 * @param person birth year, nationality and position for people, else null
 */
public record GazetteerEntry(
    String id, EntityType type, String name, List<String> korean, List<String> aliases,
    String code, String wikidata, String source, PersonFacts person) {

  /** What helps tell one person from another with the same name (for sanctions screening). */
  public record PersonFacts(Integer birthYear, String nationality, String position) {}

  public GazetteerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (!type.isNamed()) {
      throw new IllegalArgumentException("gazetteer entries name things, not " + type);
    }
    if (type == EntityType.GPE && (code == null || !code.matches("[A-Z]{3}"))) {
      throw new IllegalArgumentException("a state needs its ISO alpha-3 code: " + name);
    }
    korean = List.copyOf(korean);
    aliases = List.copyOf(aliases);
  }

  /** Every form the entry may be written in: English name, Korean names, aliases. */
  public Set<String> forms() {
    Set<String> all = new LinkedHashSet<>();
    all.add(name);
    all.addAll(korean);
    all.addAll(aliases);
    return all;
  }

  /** Lower-case slug of an English name: "Kim Jong Un" → "kim-jong-un". */
  static String slug(String english) {
    String s = java.text.Normalizer.normalize(english, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }
}
