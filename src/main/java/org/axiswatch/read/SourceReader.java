package org.axiswatch.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads any supported file into a {@link SourceDocument}, choosing the reader by extension.
 * (Scaffold: UTF-8 text only; the encoding detector, HTML and PDF readers replace this.)
 */
public final class SourceReader {

  /** Size limits. */
  public record Limits(long maxBytes) {
    public static final Limits DEFAULT = new Limits(50L * 1024 * 1024);
  }

  private final Limits limits;

  public SourceReader(Limits limits) {
    this.limits = limits;
  }

  public SourceDocument read(Path file) throws ReadException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      return new SourceDocument(sha256(bytes), file.getFileName().toString(), "text/plain",
          "UTF-8", text, bytes.length);
    } catch (IOException e) {
      throw new ReadException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
