package org.axiswatch.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word list shipped under {@code src/main/resources/structure/} (see its README.md): one entry a
 * line, {@code #} comments. A line that breaks the list's rule fails at load, naming file and line.
 */
record WordList(String name, Set<String> words) {

  WordList {
    words = Set.copyOf(words);
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  /** Loads {@code structure/<file>} from the class path; each entry must match {@code rule}. */
  static WordList load(String file, Pattern rule) {
    String resource = "/structure/" + file;
    InputStream in = WordList.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + ": missing from the class path");
    }
    Set<String> words = new LinkedHashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        if (!rule.matcher(entry).matches()) {
          throw new IllegalStateException(
              resource + " line " + number + ": '" + entry + "' does not match " + rule.pattern());
        }
        words.add(entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read", e);
    }
    return new WordList(file, words);
  }
}
