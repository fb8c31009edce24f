package org.axiswatch.mentions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads this stage's tab-separated data files: one record a line, '#' starts a comment line, blank
 * lines are skipped. Each record keeps its file name and line number for error messages.
 */
record DataLines(String file, List<Row> rows) {

  /** One data line split on tabs. */
  record Row(String file, int line, String[] cells) {
    String cell(int i) {
      return i < cells.length ? cells[i].strip() : "";
    }

    DataFileException problem(String what) {
      return new DataFileException(file, line, what);
    }

    void needColumns(int min) {
      if (cells.length < min) {
        throw problem("expected at least " + min + " tab-separated columns, found " + cells.length);
      }
    }
  }

  static DataLines read(String file, Reader reader) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        rows.add(new Row(file, n, line.split("\t", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return new DataLines(file, List.copyOf(rows));
  }

  /** A resource under src/main/resources/mentions/. */
  static DataLines resource(String name) {
    String path = "/mentions/" + name;
    InputStream in = DataLines.class.getResourceAsStream(path);
    if (in == null) {
      throw new DataFileException(path, 0, "missing resource");
    }
    return read(path, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Splits a '|'-separated cell; "-" or empty means none. */
  static List<String> list(String cell) {
    if (cell.isEmpty() || cell.equals("-")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
