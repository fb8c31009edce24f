package org.axiswatch.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.axiswatch.resolve.WordTable;

/**
 * Drops honorifics and titles from people's names before matching (sanctions/name-noise.txt, plus
 * the Korean titles of position-words.tsv, which a Korean text writes after the name, sometimes
 * without a space: "리병철부위원장"). Organisation names keep their words: legal forms are the
 * organisation matcher's business (resolve/org-words.tsv).
 */
final class NameNoise {
  private static final Set<String> PERSON = new HashSet<>();
  private static final List<String> KOREAN_TITLES = new ArrayList<>();

  static {
    try (InputStream in = NameNoise.class.getResourceAsStream("/sanctions/name-noise.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /sanctions/name-noise.txt");
      }
      int n = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || !cols[0].equals("person")) {
          throw new IllegalStateException("sanctions/name-noise.txt:" + n + ": expected person TAB word");
        }
        PERSON.add(cols[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KOREAN_TITLES.addAll(WordTable.load("/sanctions/position-words.tsv").keySet());
    KOREAN_TITLES.sort((a, b) -> b.length() - a.length());
  }

  private static final Pattern TRAILING_STOPS = Pattern.compile("[.,]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameNoise() {}

  /** A person's name without titles; the name itself if nothing would be left. */
  static String clean(String name) {
    List<String> kept = new ArrayList<>();
    for (String w : SPACES.split(name.strip())) {
      String bare = TRAILING_STOPS.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
      if (PERSON.contains(bare) || KOREAN_TITLES.contains(bare)) {
        continue;
      }
      kept.add(stripTitleSuffix(w));
    }
    return kept.isEmpty() ? name : String.join(" ", kept);
  }

  /** "리병철부위원장" → "리병철": only when a Hangul name of 2+ syllables is left. */
  private static String stripTitleSuffix(String w) {
    for (String t : KOREAN_TITLES) {
      if (t.length() >= 2 && w.length() >= t.length() + 2 && w.endsWith(t)
          && w.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
        return w.substring(0, w.length() - t.length());
      }
    }
    return w;
  }
}
