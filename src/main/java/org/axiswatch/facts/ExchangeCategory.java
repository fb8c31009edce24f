package org.axiswatch.facts;

/** What is exchanged, in the analysis contract's categories (they line up with the sanctions regime). */
public enum ExchangeCategory {
  CONVENTIONAL_ARMS("arms, munitions, military platforms"),
  MISSILE_SPACE_TECHNOLOGY("missile, satellite and launcher technology"),
  NUCLEAR_TECHNOLOGY("nuclear technology, including naval reactors"),
  MILITARY_COOPERATION("exercises, training, delegations, troops"),
  FINANCE("money, payments, banking, funding"),
  FOOD("food and agricultural products"),
  LABOUR("workers earning income abroad"),
  PETROLEUM("crude oil, refined products, fuel, energy"),
  JOINT_VENTURE_INFRASTRUCTURE("joint ventures, rail, ports, bridges"),
  SCIENCE_TECHNOLOGY("scientific and technical cooperation"),
  INDUSTRIAL_GOODS("machinery, vehicles, metals, minerals, coal, textiles"),
  OTHER("anything else");

  private final String description;

  ExchangeCategory(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
