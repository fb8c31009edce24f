package org.axiswatch.sanctions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a designation list in Axiswatch's CSV format (documented in sanctions/README.md):
 * a header line {@code list,ref,kind,name,aliases,birth_years,nationalities,designations}, then
 * one entry a line; fields holding several values separate them with ";"; a field may be quoted
 * with double quotes ("" inside for a quote).
 */
public final class CsvListReader {
  static final List<String> HEADER = List.of("list", "ref", "kind", "name", "aliases",
      "birth_years", "nationalities", "designations");

  public List<ListedEntry> read(Reader in, String source) throws UnListReader.BadListException {
    List<ListedEntry> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(in)) {
      String header = r.readLine();
      if (header == null || !split(header.replace("\uFEFF", "")).equals(HEADER)) {
        throw new UnListReader.BadListException(source + ":1: header must be "
            + String.join(",", HEADER));
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        List<String> f = split(line);
        if (f.size() != HEADER.size()) {
          throw new UnListReader.BadListException(source + ":" + n + ": expected "
              + HEADER.size() + " fields, found " + f.size());
        }
        try {
          List<String> names = new ArrayList<>(List.of(f.get(3)));
          names.addAll(many(f.get(4)));
          out.add(new ListedEntry(f.get(0), f.get(1),
              ListedEntry.Kind.valueOf(f.get(2).strip().toUpperCase(Locale.ROOT)), names,
              many(f.get(5)).stream().map(Integer::valueOf).toList(),
              many(f.get(6)).stream().map(AttributeCheck::countryCode).toList(),
              many(f.get(7)), f.get(0)));
        } catch (IllegalArgumentException e) {
          throw new UnListReader.BadListException(source + ":" + n + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UnListReader.BadListException(source + ": " + e.getMessage());
    }
    return out;
  }

  private static List<String> many(String field) {
    return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(b.toString().strip());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString().strip());
    return out;
  }
}
