package org.axiswatch.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A claim's information credibility as the knowledge base supports it now.
 *
 * @param credibility NATO Admiralty information grade 1..6
 * @param reason why, in the analyst's words (names the documents that decided it)
 * @param documents ids of the documents that decided it, in the order named
 */
public record CredibilityGrade(int credibility, String reason, List<String> documents) {
  public CredibilityGrade {
    Objects.requireNonNull(reason, "reason");
    documents = List.copyOf(documents);
    if (credibility < 1 || credibility > 6) {
      throw new IllegalArgumentException("credibility must be 1..6: " + credibility);
    }
  }
}
