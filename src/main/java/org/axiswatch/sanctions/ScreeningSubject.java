package org.axiswatch.sanctions;

import java.util.List;
import java.util.Objects;

/**
 * Who is being screened: every name form known for one person or organisation, with the other
 * attributes the document (or a gazetteer) gives. Attributes are optional; where both sides have
 * one it raises or lowers the score.
 *
 * @param names every form (Hangul, romanized, aliases)
 * @param kind person or organisation
 * @param birthYear year of birth, or null
 * @param nationality ISO alpha-3, or null
 * @param position position or title words as found (Korean or English), e.g. "당 중앙군사위 부위원장"
 */
public record ScreeningSubject(List<String> names, ListedEntry.Kind kind, Integer birthYear,
    String nationality, List<String> position) {
  public ScreeningSubject {
    names = names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
    Objects.requireNonNull(kind, "kind");
    position = position == null ? List.of() : List.copyOf(position);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a subject needs at least one name");
    }
  }

  /** A subject known by name only. */
  public static ScreeningSubject named(ListedEntry.Kind kind, String... names) {
    return new ScreeningSubject(List.of(names), kind, null, null, List.of());
  }
}
