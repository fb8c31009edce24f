package org.axiswatch.mentions;

/** Entity types of the analysis contract. */
public enum EntityType {
  PERSON("a person"),
  ORG("an organisation: body, ministry, party organ, armed force, outlet, company"),
  GPE("a state"),
  LOC("any other place: city, province, island, region"),
  FAC("a facility or site: base, cosmodrome, port, plant"),
  WEAPON("a weapon system, munition or military platform"),
  DATE("a date, normalized to ISO at its precision"),
  QUANTITY("an amount with its unit");

  private final String description;

  EntityType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** Types that name an actor or thing (not DATE or QUANTITY). */
  public boolean isNamed() {
    return this != DATE && this != QUANTITY;
  }
}
