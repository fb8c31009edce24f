package org.axiswatch.facts;

import java.util.List;
import java.util.Objects;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;

/**
 * A statement attributed to a source, or the author's own judgement.
 *
 * @param kind report, assessment, possibility, limitation or recommendation
 * @param source entity id of the source, or null for the author
 * @param date when the source said it, or null
 * @param text the claim as written
 * @param span original offsets of the claim
 * @param estimative the hedge and its ICD 203 level, or null when unhedged
 * @param reliability NATO Admiralty source grade 'A'..'F' (F: cannot be judged)
 * @param credibility NATO Admiralty information grade 1..6 (6: cannot be judged)
 */
public record Claim(
    ClaimKind kind, String source, PartialDate date, String text, Span span, Estimative estimative,
    char reliability, int credibility) {
  public static final Key<List<Claim>> KEY = Key.named("claims");

  public Claim {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (reliability < 'A' || reliability > 'F') {
      throw new IllegalArgumentException("reliability must be A..F: " + reliability);
    }
    if (credibility < 1 || credibility > 6) {
      throw new IllegalArgumentException("credibility must be 1..6: " + credibility);
    }
  }
}
