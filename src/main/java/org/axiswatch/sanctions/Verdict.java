package org.axiswatch.sanctions;

/** What the regime says of an exchange. */
public enum Verdict {
  PROHIBITED("a provision bans it"),
  RESTRICTED("allowed only under a cap, an exemption or prior approval"),
  NOT_PROHIBITED("no provision bars it (designations and catch-alls still apply)"),
  UNCLEAR("no provision clearly covers it");

  private final String description;

  Verdict(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
