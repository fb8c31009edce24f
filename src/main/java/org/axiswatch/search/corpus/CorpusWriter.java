package org.axiswatch.search.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * Writes a generated corpus: one UTF-8 text file per document, a thousand to a folder
 * ({@code 0000/0000042.txt}), and {@code manifest.jsonl} with each file's language, date and the
 * entities the generator put in it (what an ideal analysis would find).
 */
public final class CorpusWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes {@code docs} under {@code dir}; returns the number of bytes of text written. */
  public long write(Iterator<GeneratedDocument> docs, Path dir) throws IOException {
    Files.createDirectories(dir);
    long bytes = 0;
    try (BufferedWriter manifest = Files.newBufferedWriter(dir.resolve("manifest.jsonl"),
        StandardCharsets.UTF_8)) {
      while (docs.hasNext()) {
        GeneratedDocument d = docs.next();
        Path file = dir.resolve(folder(d.number())).resolve(d.fileName());
        Files.createDirectories(file.getParent());
        byte[] text = d.text().getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        bytes += text.length;
        manifest.write(JSON.writeValueAsString(entry(d, dir.relativize(file))));
        manifest.write('\n');
      }
    }
    return bytes;
  }

  static String folder(int number) {
    return String.format("%04d", number / 1000);
  }

  private static ObjectNode entry(GeneratedDocument d, Path file) {
    ObjectNode n = JSON.createObjectNode();
    n.put("file", file.toString().replace('\\', '/'));
    n.put("language", d.language().code());
    n.put("date", d.date().toString());
    n.put("title", d.title());
    var entities = n.putArray("entities");
    new TreeSet<>(d.entities()).forEach(entities::add);
    var types = n.putArray("types");
    new TreeSet<>(d.types()).forEach(t -> types.add(t.name()));
    var sources = n.putArray("sources");
    new TreeSet<>(d.sources()).forEach(sources::add);
    return n;
  }
}
