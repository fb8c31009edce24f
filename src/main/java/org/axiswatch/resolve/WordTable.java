package org.axiswatch.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A two-column TAB-separated table shipped as a resource (surnames, countries, position words):
 * first column to second, in file order; a malformed line fails naming resource and line.
 */
public final class WordTable {
  private WordTable() {}

  public static Map<String, String> load(String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException(resource + ":" + n + ": expected two TAB-separated columns");
        }
        out.put(cols[0].strip(), cols[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return out;
  }
}
