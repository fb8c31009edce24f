package org.axiswatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds and wording of the Admiralty information-credibility grades
 * (analysis/credibility.yaml): data, so an analyst can tune them without a rebuild.
 */
public record CredibilityScale(int confirmedOrigins, int probableOrigins, int improbableDenials,
    int eventDateToleranceDays, Map<String, String> wording) {
  static final String FILE = "analysis/credibility.yaml";
  private static final Set<String> THRESHOLDS = Set.of("confirmed_origins", "probable_origins",
      "improbable_denials", "event_date_tolerance_days");
  private static final Set<String> WORDS = Set.of("grade_1", "grade_2", "grade_3",
      "grade_3_assessment", "grade_4", "grade_5", "grade_6");
  private static volatile CredibilityScale standard;

  public CredibilityScale {
    wording = Map.copyOf(wording);
    if (confirmedOrigins < 1 || probableOrigins < 1 || improbableDenials < 1
        || eventDateToleranceDays < 0) {
      throw new IllegalArgumentException("credibility thresholds must be positive");
    }
  }

  /** The bundled scale, read once. */
  public static CredibilityScale standard() {
    if (standard == null) {
      try (InputStream in = CredibilityScale.class.getClassLoader().getResourceAsStream(FILE)) {
        if (in == null) {
          throw new IllegalStateException(FILE + ": missing from the build");
        }
        standard = read(in, FILE);
      } catch (IOException e) {
        throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
      }
    }
    return standard;
  }

  /**
   * @throws IllegalArgumentException naming the file and line of the first problem
   */
  static CredibilityScale read(InputStream in, String name) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int colon = t.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException(name + ":" + no + ": expected key: value");
      }
      String key = t.substring(0, colon).strip();
      String value = t.substring(colon + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      if (!THRESHOLDS.contains(key) && !WORDS.contains(key)) {
        throw new IllegalArgumentException(name + ":" + no + ": unknown key " + key);
      }
      if (THRESHOLDS.contains(key) && !value.matches("\\d{1,3}")) {
        throw new IllegalArgumentException(name + ":" + no + ": " + key + " must be a whole number");
      }
      if (values.put(key, value) != null) {
        throw new IllegalArgumentException(name + ":" + no + ": " + key + " given twice");
      }
    }
    for (String key : THRESHOLDS) {
      require(values, key, name, no);
    }
    Map<String, String> words = new LinkedHashMap<>();
    for (String key : WORDS) {
      words.put(key, require(values, key, name, no));
    }
    try {
      return new CredibilityScale(Integer.parseInt(values.get("confirmed_origins")),
          Integer.parseInt(values.get("probable_origins")),
          Integer.parseInt(values.get("improbable_denials")),
          Integer.parseInt(values.get("event_date_tolerance_days")), words);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static String require(Map<String, String> values, String key, String name, int lines) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException(name + ":" + lines + ": missing key " + key);
    }
    return v;
  }

  /** The reason for a grade, its placeholders filled. */
  String reason(String key, int n, String documents, String conflict) {
    return wording.get(key).replace("{n}", String.valueOf(n)).replace("{documents}", documents)
        .replace("{conflict}", conflict == null ? "value" : conflict);
  }
}
