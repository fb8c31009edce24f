package org.axiswatch.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;

/**
 * Decides which knowledge-base entity a document's entity is. Gazetteer ids are stable across
 * documents, so they are kept. A context-found entity joins a known entity of the same type that
 * shares a normalized form (a gazetteer one first), else one the {@link FormMatcher} accepts (for
 * the types it is given), else it is new under its own id.
 */
public final class CrossDocumentResolver {
  /** What the knowledge base already holds, as the resolver needs to see it. */
  public interface Known {
    boolean exists(String id);

    /** Ids of known entities of this type having one of these normalized forms, gazetteer first. */
    List<String> withForms(EntityType type, Set<String> normalizedForms);

    /** Every known entity of this type with its forms (only asked when a matcher is set). */
    Map<String, List<String>> ofType(EntityType type);
  }

  private final Map<EntityType, FormMatcher> matchers;

  /**
   * The resolver ingest uses: the name matchers for people and organisations, whose names they
   * read in any script or romanization; states, places, facilities and weapons resolve by id and
   * normalized form (the gazetteer holds their spellings).
   */
  public static CrossDocumentResolver standard() {
    Map<EntityType, FormMatcher> m = new EnumMap<>(EntityType.class);
    m.put(EntityType.PERSON, NameIndexMatcher.people());
    m.put(EntityType.ORG, NameIndexMatcher.organisations());
    return new CrossDocumentResolver(m);
  }

  /** Resolution by id and normalized form only. */
  public CrossDocumentResolver() {
    this(Map.of());
  }

  /** With a matcher per type, for entities whose normalized forms differ. */
  public CrossDocumentResolver(Map<EntityType, FormMatcher> matchers) {
    this.matchers = Map.copyOf(matchers);
  }

  /** The knowledge-base id for {@code entity}. */
  public String resolve(Entity entity, Known known) {
    if ("gazetteer".equals(entity.origin()) || known.exists(entity.id())) {
      return entity.id();
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(FormNormalizer.normalize(entity.name()));
    entity.names().forEach(n -> keys.add(FormNormalizer.normalize(n)));
    keys.remove("");
    if (!keys.isEmpty()) {
      List<String> same = known.withForms(entity.type(), keys);
      if (!same.isEmpty()) {
        return same.get(0);
      }
    }
    return bestMatch(entity, known).orElse(entity.id());
  }

  private Optional<String> bestMatch(Entity entity, Known known) {
    FormMatcher matcher = matchers.get(entity.type());
    if (matcher == null) {
      return Optional.empty();
    }
    List<String> ours = new ArrayList<>();
    ours.add(entity.name());
    entity.names().stream().filter(n -> !ours.contains(n)).forEach(ours::add);
    return matcher.best(ours, known.ofType(entity.type()));
  }
}
