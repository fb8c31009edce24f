package org.axiswatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a command was given: a file as named, a directory walked for the document types
 * Axiswatch reads, in a stable order. Paths that do not exist are kept, for the reader to report.
 */
final class InputFiles {
  static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf");

  private InputFiles() {}

  static List<Path> expand(List<Path> given) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : given) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(InputFiles::readable).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  static boolean readable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }
}
