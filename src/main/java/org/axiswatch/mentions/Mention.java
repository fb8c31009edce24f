package org.axiswatch.mentions;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Span;

/**
 * One place in the text that names something.
 *
 * @param type what it names
 * @param span original offsets of the name itself (particles such as 은/의/이 left out)
 * @param text the original text of the span
 * @param entity id of the {@link Entity} it names, or null (dates and quantities)
 * @param value normalized value: ISO date at its precision for DATE ("2023-09", "2023-09-04"),
 *     "amount unit" for QUANTITY ("1000000 t", "2600 person ~"), else null
 * @param origin how it was found: "gazetteer", "context" (titles, suffixes, Nori tags), "pattern"
 */
public record Mention(
    EntityType type, Span span, String text, String entity, String value, String origin) {
  public static final Key<List<Mention>> KEY = Key.named("mentions");

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }
}
