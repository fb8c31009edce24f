package org.axiswatch.mentions;

/** A data file of this stage cannot be used: names the file and the line, so start-up fails clearly. */
public final class DataFileException extends IllegalStateException {
  public DataFileException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
