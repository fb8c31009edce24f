package org.axiswatch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The workbench's access token: made on first start from SecureRandom (256 bits), kept in the data
 * folder readable by its owner only, and reused on later starts so bookmarks and scripts keep
 * working.
 */
public final class AccessToken {
  public static final String FILE = "web-token";

  private AccessToken() {}

  /** The stored token, or a new one written to {@code dataDir/web-token}. */
  public static String loadOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      String t = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!t.isEmpty()) {
        return t;
      }
    }
    Files.createDirectories(dataDir);
    String token = generate();
    try {
      // owner-only from the moment it exists, so the token is never readable by others
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions have to do
    }
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    return token;
  }

  public static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
