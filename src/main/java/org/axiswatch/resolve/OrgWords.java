package org.axiswatch.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the words of organisation names do to a match (resolve/org-words.tsv): legal forms and
 * function words are dropped, generic and common words may go unmatched at a cost, variants fold
 * into one spelling, Hangul suffixes mark a Hangul name as an organisation's. Loaded once.
 */
public final class OrgWords {
  private static final String RESOURCE = "/resolve/org-words.tsv";
  private static final OrgWords SHIPPED = load();

  /** A word's class; DISTINCTIVE is every word the table does not list. */
  public enum Kind { LEGAL, STOP, GENERIC, COMMON, DISTINCTIVE }

  private final Map<String, Kind> kinds;
  private final Map<String, String> variants;
  private final List<String> suffixes;

  private OrgWords(Map<String, Kind> kinds, Map<String, String> variants, List<String> suffixes) {
    this.kinds = Map.copyOf(kinds);
    this.variants = Map.copyOf(variants);
    this.suffixes = List.copyOf(suffixes);
  }

  public static OrgWords shipped() {
    return SHIPPED;
  }

  /** The word in lower case, apostrophes straightened, variants folded. */
  public String canonical(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    return variants.getOrDefault(w, w);
  }

  /** The class of a canonical word. */
  public Kind kind(String canonical) {
    return kinds.getOrDefault(canonical, Kind.DISTINCTIVE);
  }

  /** True when every word of the name is generic, stop word or legal form. */
  public boolean allGeneric(List<String> canonicalWords) {
    return canonicalWords.stream().map(this::kind)
        .allMatch(k -> k == Kind.GENERIC || k == Kind.STOP || k == Kind.LEGAL);
  }

  /** The Hangul organisation ending a word ends with, leaving at least two syllables, or null. */
  public String hangulSuffix(String word) {
    for (String s : suffixes) {
      if (word.endsWith(s) && word.length() >= s.length() + 2) {
        return s;
      }
    }
    return null;
  }

  private static OrgWords load() {
    Map<String, Kind> kinds = new HashMap<>();
    Map<String, String> variants = new HashMap<>();
    List<String> suffixes = new ArrayList<>();
    try (InputStream in = OrgWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      int n = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        boolean variant = c[0].equals("variant");
        if (c.length != (variant ? 3 : 2) || c[1].isBlank()) {
          throw new IllegalStateException(RESOURCE + ":" + n
              + ": expected class TAB word (TAB canonical for a variant)");
        }
        String w = c[1].strip();
        switch (c[0]) {
          case "variant" -> variants.put(w, c[2].strip());
          case "suffix" -> suffixes.add(w);
          case "legal", "stop", "generic", "common" ->
              kinds.put(w, Kind.valueOf(c[0].toUpperCase(Locale.ROOT)));
          default -> throw new IllegalStateException(RESOURCE + ":" + n + ": unknown class '"
              + c[0] + "' (legal, stop, generic, common, variant, suffix)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
    suffixes.sort((a, b) -> b.length() - a.length());
    return new OrgWords(kinds, variants, suffixes);
  }
}
