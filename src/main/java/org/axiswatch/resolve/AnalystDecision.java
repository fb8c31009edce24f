package org.axiswatch.resolve;

import java.util.List;
import java.util.Objects;

/**
 * The analyst's word on identity, applied over what ingest resolved.
 *
 * @param kind merge or split
 * @param entity MERGE: the entity kept; SPLIT: the entity split
 * @param other MERGE: the entity absorbed into {@code entity}; SPLIT: the id of the new entity
 * @param forms SPLIT: the forms that name the new entity; empty for a merge
 */
public record AnalystDecision(Kind kind, String entity, String other, List<String> forms) {
  public enum Kind { MERGE, SPLIT }

  public AnalystDecision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(other, "other");
    forms = List.copyOf(forms);
    if (entity.equals(other)) {
      throw new IllegalArgumentException(kind + " needs two different entities: " + entity);
    }
    if (kind == Kind.SPLIT && forms.isEmpty()) {
      throw new IllegalArgumentException("a split names the forms that go to the new entity");
    }
    if (kind == Kind.MERGE && !forms.isEmpty()) {
      throw new IllegalArgumentException("a merge takes no forms");
    }
  }

  public static AnalystDecision merge(String kept, String absorbed) {
    return new AnalystDecision(Kind.MERGE, kept, absorbed, List.of());
  }

  public static AnalystDecision split(String entity, String newId, List<String> forms) {
    return new AnalystDecision(Kind.SPLIT, entity, newId, forms);
  }
}
