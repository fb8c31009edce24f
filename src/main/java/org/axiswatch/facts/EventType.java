package org.axiswatch.facts;

/** Event types of the analysis contract. */
public enum EventType {
  MEETING("a meeting, summit or talks"),
  VISIT("a visit: the visitor is the first actor"),
  STATEMENT("a remark, pledge or warning"),
  REPORT("a disclosure by media, an intelligence service, a company or a government"),
  LAUNCH("a launch of a missile, satellite or ship"),
  CYBERATTACK("a hack or cyber operation"),
  MILITARY_ACTION("an invasion, strike or deployment"),
  EXERCISE("a military exercise"),
  TRANSFER("a delivery of goods, arms or people"),
  POLICY("a decision or measure"),
  EVENT("another dated occasion");

  private final String description;

  EventType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
