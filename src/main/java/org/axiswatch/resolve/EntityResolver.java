package org.axiswatch.resolve;

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
 * shares a normalized form (a gazetteer one first), else one the {@link FormMatcher} scores at or
 * above the threshold, else it is new under its own id.
 */
public final class EntityResolver {
  /** What the knowledge base already holds, as the resolver needs to see it. */
  public interface Known {
    boolean exists(String id);

    /** Ids of known entities of this type having one of these normalized forms, gazetteer first. */
    List<String> withForms(EntityType type, Set<String> normalizedForms);

    /** Every known entity of this type with its forms (only asked when a matcher is set). */
    Map<String, List<String>> ofType(EntityType type);
  }

  private final FormMatcher matcher;
  private final double threshold;

  /**
   * The resolver ingest uses. Until the name matcher lands this resolves by id and normalized form
   * only; then: {@code new EntityResolver((a, b) -> matcher.match(a, b).score(),
   * NameMatcher.THRESHOLD)}.
   */
  public static EntityResolver standard() {
    return new EntityResolver();
  }

  /** Resolution by id and normalized form only. */
  public EntityResolver() {
    this(null, 1.0);
  }

  /** With a name matcher for forms whose normalized keys differ (scripts, romanizations). */
  public EntityResolver(FormMatcher matcher, double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.matcher = matcher;
    this.threshold = threshold;
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
    if (matcher == null) {
      return Optional.empty();
    }
    String best = null;
    double bestScore = threshold;
    for (Map.Entry<String, List<String>> candidate : known.ofType(entity.type()).entrySet()) {
      for (String theirs : candidate.getValue()) {
        for (String ours : entity.names().isEmpty() ? List.of(entity.name()) : entity.names()) {
          double s = matcher.similarity(ours, theirs);
          if (s > bestScore || (s == bestScore && best == null)) {
            best = candidate.getKey();
            bestScore = s;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
