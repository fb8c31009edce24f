package org.axiswatch.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Designation lists: the shipped UN list plus lists imported into the data directory
 * ({@code DIR/lists/}: a copy of each file and an {@code index.tsv} of list, format, file, entries,
 * time). An imported UN XML list replaces the shipped one; CSV lists add to it. No database: lists
 * are small enough to read at start.
 */
public final class ListStore {
  static final String SHIPPED_UN = "/sanctions/lists/un-sc-consolidated-2024-09-26.xml";
  private final Path dir;

  public ListStore(Path dataDir) {
    this.dir = dataDir.resolve("lists");
  }

  /** --data, else $AXISWATCH_DATA, else ./axiswatch-data. */
  public static Path dataDir(Path option) {
    if (option != null) {
      return option;
    }
    String env = System.getenv("AXISWATCH_DATA");
    return Path.of(env == null || env.isBlank() ? "axiswatch-data" : env);
  }

  /** What an import did. */
  public record Imported(String list, String format, Path stored, int entries) {}

  /** Checks the file parses, then copies it in and records it; a bad file leaves the store as it was. */
  public Imported importFile(Path file) throws UnListReader.BadListException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new UnListReader.BadListException(file + ": no such file");
    }
    boolean xml = file.getFileName().toString().toLowerCase().endsWith(".xml");
    List<ListedEntry> entries = xml ? readXml(file) : readCsv(file);
    if (entries.isEmpty()) {
      throw new UnListReader.BadListException(file + ": the list has no entries");
    }
    Files.createDirectories(dir);
    String list = xml ? "UN" : entries.get(0).list();
    String stored = (xml ? "UN" : "csv-" + safe(file.getFileName().toString()))
        + (xml ? ".xml" : "");
    Path target = dir.resolve(stored);
    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    Map<String, String> index = readIndex();
    index.put(stored, list + "\t" + (xml ? "un-xml" : "csv") + "\t" + stored + "\t"
        + entries.size() + "\t" + Instant.now());
    Path tmp = dir.resolve("index.tsv.tmp");
    Files.write(tmp, index.values(), StandardCharsets.UTF_8);
    Files.move(tmp, dir.resolve("index.tsv"), StandardCopyOption.REPLACE_EXISTING);
    return new Imported(list, xml ? "un-xml" : "csv", target, entries.size());
  }

  /** Every entry of every list in force. */
  public List<ListedEntry> entries() throws UnListReader.BadListException, IOException {
    List<ListedEntry> out = new ArrayList<>();
    Map<String, String> index = readIndex();
    if (!index.containsKey("UN.xml")) {
      out.addAll(shippedUn());
    }
    for (String file : index.keySet()) {
      Path p = dir.resolve(file);
      out.addAll(file.endsWith(".xml") ? readXml(p) : readCsv(p));
    }
    return out;
  }

  /** The UN list shipped in the jar. */
  public static List<ListedEntry> shippedUn() throws UnListReader.BadListException, IOException {
    try (InputStream in = ListStore.class.getResourceAsStream(SHIPPED_UN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SHIPPED_UN);
      }
      return new UnListReader().read(in, "sanctions/lists/un-sc-consolidated-2024-09-26.xml");
    }
  }

  private Map<String, String> readIndex() throws IOException {
    Map<String, String> index = new LinkedHashMap<>();
    Path p = dir.resolve("index.tsv");
    if (Files.exists(p)) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t");
        if (cols.length >= 3) {
          index.put(cols[2], line);
        }
      }
    }
    return index;
  }

  private static List<ListedEntry> readXml(Path file)
      throws UnListReader.BadListException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new UnListReader().read(in, file.toString());
    }
  }

  private static List<ListedEntry> readCsv(Path file)
      throws UnListReader.BadListException, IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new CsvListReader().read(in, file.toString());
    }
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
