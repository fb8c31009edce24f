package org.axiswatch.analysis;

import java.util.Objects;
import org.axiswatch.facts.Claim;

/**
 * A claim with the document it was read from.
 *
 * @param credibilityReason why the claim's credibility is what it is, when it was graded against
 *     the knowledge base ({@link Corroboration}); null when the grade is the one extracted
 */
public record ClaimFinding(Claim claim, Provenance source, String credibilityReason) {
  public ClaimFinding {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(source, "source");
  }

  public ClaimFinding(Claim claim, Provenance source) {
    this(claim, source, null);
  }

  /** This claim with a grade computed on read; the stored claim is left as extracted. */
  public ClaimFinding graded(CredibilityGrade g) {
    Claim c = claim;
    return new ClaimFinding(new Claim(c.kind(), c.source(), c.date(), c.text(), c.span(),
        c.estimative(), c.reliability(), g.credibility()), source, g.reason());
  }
}
