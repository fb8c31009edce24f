package org.axiswatch.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Korean surnames with their spellings (resolve/surnames.tsv), loaded once. */
public final class Surnames {
  private static final String RESOURCE = "/resolve/surnames.tsv";
  private static final Surnames SHIPPED = load();

  private final Map<String, String> keyBySpelling;
  private final Set<String> twoSyllable;

  private Surnames(Map<String, String> keyBySpelling, Set<String> twoSyllable) {
    this.keyBySpelling = Map.copyOf(keyBySpelling);
    this.twoSyllable = Set.copyOf(twoSyllable);
  }

  public static Surnames shipped() {
    return SHIPPED;
  }

  /** The surname's key if this part is a known surname spelling (Latin or Hangul), else null. */
  public String key(String part) {
    return keyBySpelling.get(part.toLowerCase(Locale.ROOT));
  }

  /** How many leading Hangul syllables of a name are its surname. */
  public int hangulSurnameLength(String name) {
    return name.length() >= 3 && twoSyllable.contains(name.substring(0, 2)) ? 2 : 1;
  }

  private static Surnames load() {
    Map<String, String> keys = new HashMap<>();
    Set<String> two = new HashSet<>();
    // each line: Hangul spellings (South, North) TAB romanized spellings, both comma-separated
    for (Map.Entry<String, String> row : WordTable.load(RESOURCE).entrySet()) {
      String[] hangul = row.getKey().split(",");
      String key = PhoneticKey.of(hangul[0].trim()).key();
      for (String h : hangul) {
        keys.put(h.trim(), key);
        if (h.trim().length() == 2) {
          two.add(h.trim());
        }
      }
      for (String spelling : row.getValue().split(",")) {
        keys.put(spelling.trim().toLowerCase(Locale.ROOT), key);
      }
    }
    return new Surnames(keys, two);
  }
}
