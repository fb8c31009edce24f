package org.axiswatch.facts;

/** How far an exchange has gone, by the source's modality. */
public enum ExchangeStatus {
  OCCURRED("it happened: 공급했다, delivered"),
  AGREED("the parties agreed or pledged it: 합의, 약속, agreed"),
  PLANNED("announced or intended: 제공할 것, 도울 것, will"),
  REPORTED("a source says it happens: 보도, reportedly"),
  POSSIBLE("the author weighs it: 가능성, 검토 중, could"),
  DENIED("a party denies it: 부인, 제공하지 않았다, denied");

  private final String description;

  ExchangeStatus(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
