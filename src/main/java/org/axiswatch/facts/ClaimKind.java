package org.axiswatch.facts;

/** What sort of statement a claim is. */
public enum ClaimKind {
  REPORT("a source says so"),
  ASSESSMENT("the author judges"),
  POSSIBILITY("a point under a possibility heading"),
  LIMITATION("a point under a limitation heading"),
  RECOMMENDATION("a point under a response or recommendation heading");

  private final String description;

  ClaimKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
