package org.axiswatch.facts;

/** A facts data file is malformed: the message names the file and the line. */
public final class FactDataException extends RuntimeException {
  public FactDataException(String file, int line, String problem) {
    super(file + " line " + line + ": " + problem);
  }

  public FactDataException(String file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
