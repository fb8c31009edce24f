package org.axiswatch.sanctions;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a designation list.
 *
 * @param list which list ("UN")
 * @param ref the list's reference number ("KPi.076")
 * @param kind individual or entity
 * @param names the listed name first, then aliases
 * @param birthYears years of birth given (several when the list is unsure)
 * @param nationalities ISO alpha-3 where known, else the list's wording in lower case
 * @param designations positions and titles as listed
 * @param program the list's programme ("DPRK", "Al-Qaida")
 */
public record ListedEntry(String list, String ref, Kind kind, List<String> names,
    List<Integer> birthYears, List<String> nationalities, List<String> designations,
    String program) {

  /** Whom an entry names. */
  public enum Kind {
    INDIVIDUAL("a person"),
    ENTITY("an organisation, company or vessel");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  public ListedEntry {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names);
    birthYears = List.copyOf(birthYears);
    nationalities = List.copyOf(nationalities);
    designations = List.copyOf(designations);
    program = program == null ? "" : program;
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entry " + ref + " has no name");
    }
  }

  public String listedName() {
    return names.get(0);
  }
}
