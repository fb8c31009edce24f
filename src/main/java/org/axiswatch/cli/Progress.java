package org.axiswatch.cli;

import java.io.PrintStream;

/** Progress on stderr: a redrawn bar on a terminal, one plain count line per file otherwise. */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean bar;
  private final int total;

  Progress(PrintStream err, boolean bar, int total) {
    this.err = err;
    this.bar = bar;
    this.total = total;
  }

  /** File {@code n} of the total (from 1) is starting. */
  void step(int n, String name) {
    if (bar) {
      int done = n - 1;
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      String shown = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + n + "/" + total
          + " " + shown + "\u001b[K");
      err.flush();
    } else {
      err.println("ingest " + n + "/" + total + " " + name);
    }
  }

  void finish() {
    if (bar) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
