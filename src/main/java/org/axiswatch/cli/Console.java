package org.axiswatch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** UTF-8 streams for commands (Korean text must survive any platform default). */
final class Console {
  private Console() {}

  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  static PrintStream err() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }

  /** True when stderr is a terminal a progress bar can redraw. */
  static boolean interactive() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      // Linux names the terminal behind fd 2; System.console() only looks at stdin and stdout
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2"))
          .toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }
}
