package org.axiswatch.analysis;

import java.util.Objects;
import org.axiswatch.facts.Claim;

/** A claim with the document it was read from. */
public record ClaimFinding(Claim claim, Provenance source) {
  public ClaimFinding {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(source, "source");
  }
}
