package org.axiswatch.sanctions;

/** How sure the reference is of a provision's number and wording (carried into every answer). */
public enum VerificationStatus {
  V("verified: wording read in a source that names the paragraph number"),
  P("partial: number shown only indirectly, or named and summarised without its wording"),
  U("unverified: number not confirmed by a source; content may be backed without the number");

  private final String description;

  VerificationStatus(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
