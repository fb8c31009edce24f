package org.axiswatch;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared folder beside the checkout (seed brief, gold annotation, reference lists and
 * schemas). Surefire and failsafe set {@code axiswatch.shared}; a missing file fails the test with
 * a message saying where it was looked for, rather than skipping it.
 */
public final class SharedFiles {
  private SharedFiles() {}

  public static Path shared() {
    return Path.of(System.getProperty("axiswatch.shared", "../shared")).toAbsolutePath().normalize();
  }

  /** A file under the shared folder, which must exist. */
  public static Path file(String relative) {
    Path p = shared().resolve(relative);
    if (!Files.exists(p)) {
      throw new AssertionError(p + " not found: the tests need ../shared beside the checkout "
          + "(or -Daxiswatch.shared=DIR)");
    }
    return p;
  }

  /** The seed brief. */
  public static Path seed() {
    return file("seed/000_ea373eb64e99052c.txt");
  }
}
