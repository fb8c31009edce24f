package org.axiswatch.read;

import java.nio.file.Path;

/** A file that cannot be read as a document; the message names the file and the problem. */
public final class ReadException extends Exception {
  private final Path file;

  public ReadException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public ReadException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
