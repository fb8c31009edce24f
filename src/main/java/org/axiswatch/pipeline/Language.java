package org.axiswatch.pipeline;

/** The languages Axiswatch reads; anything else is {@link #OTHER}. */
public enum Language {
  KO("ko", "Korean"),
  EN("en", "English"),
  OTHER("und", "undetermined");

  private final String code;
  private final String description;

  Language(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** ISO 639-1 code (or "und"), as written in the analysis JSON. */
  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public static Language ofCode(String code) {
    for (Language l : values()) {
      if (l.code.equalsIgnoreCase(code)) {
        return l;
      }
    }
    return OTHER;
  }
}
