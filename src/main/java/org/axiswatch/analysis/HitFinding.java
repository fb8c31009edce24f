package org.axiswatch.analysis;

import java.util.Objects;
import org.axiswatch.sanctions.ScreeningHit;

/** A designation-list hit with the document whose entity matched. */
public record HitFinding(ScreeningHit hit, String documentId) {
  public HitFinding {
    Objects.requireNonNull(hit, "hit");
    Objects.requireNonNull(documentId, "documentId");
  }
}
