package org.axiswatch.sanctions;

/** Which way an exchange moves relative to a regime's target state (the DPRK for the UN regime). */
public enum Direction {
  TO("to the target"),
  FROM("from the target"),
  BOTH("either way");

  private final String description;

  Direction(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** Whether a rule written for this direction covers an exchange going {@code actual}. */
  public boolean covers(Direction actual) {
    return this == BOTH || this == actual;
  }
}
