package org.axiswatch.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a facts data file: a YAML list of mappings. Each entry keeps its line number, so a bad
 * entry fails at start-up naming file and line.
 */
final class DataFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private DataFile() {}

  /** Entries of a resource under {@code /facts/}, e.g. {@code "triggers.yaml"}. */
  static List<DataEntry> resource(String name) {
    String path = "facts/" + name;
    try (InputStream in = DataFile.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new FactDataException(path, "not found on the class path", null);
      }
      return read(path, in);
    } catch (IOException e) {
      throw new FactDataException(path, "cannot be read", e);
    }
  }

  static List<DataEntry> read(String path, InputStream in) throws IOException {
    List<DataEntry> entries = new ArrayList<>();
    try (JsonParser p = YAML.getFactory().createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return entries;
      }
      if (t != JsonToken.START_ARRAY) {
        throw new FactDataException(path, p.currentLocation().getLineNr(),
            "the file must be a list of entries ('- key: value')");
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        int line = p.currentLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
          throw new FactDataException(path, line, "each entry must be a mapping");
        }
        JsonNode node = YAML.readTree(p);
        entries.add(new DataEntry(path, line, node));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new FactDataException(path, line, "not valid YAML: " + e.getOriginalMessage());
    }
    return entries;
  }
}
