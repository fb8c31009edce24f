package org.axiswatch.cli;

/** The exit codes every command uses. */
public final class ExitCodes {
  public static final int OK = 0;
  /** A file or value the user gave cannot be used: missing, unreadable, malformed. */
  public static final int BAD_INPUT = 1;
  /** The command line itself is wrong (picocli's own code). */
  public static final int USAGE = 2;
  /** The store or index cannot be opened or written. */
  public static final int STORE = 3;
  /** Several inputs, some failed: the good ones went in. */
  public static final int PARTIAL = 4;

  private ExitCodes() {}
}
