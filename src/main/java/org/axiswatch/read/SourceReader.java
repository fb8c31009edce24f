package org.axiswatch.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads any supported file into a {@link SourceDocument}, choosing the reader by extension:
 * {@code .txt}/{@code .md} (encoding detected, see {@link EncodingDetector}), {@code .html}/{@code
 * .htm} (main text, see {@link HtmlReader}), {@code .pdf} (text layer, see {@link PdfReader}).
 * Every refusal is a {@link ReadException} whose one-line message names the file and the problem.
 */
public final class SourceReader {

  /** Size limits. */
  public record Limits(long maxBytes) {
    public static final Limits DEFAULT = new Limits(50L * 1024 * 1024);

    public Limits {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
    }
  }

  private final Limits limits;

  public SourceReader(Limits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
  }

  public SourceDocument read(Path file) throws ReadException {
    String kind = extension(file);
    if (!Files.exists(file)) {
      throw new ReadException(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new ReadException(file, "is a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ReadException(file, "not a regular file");
    }
    if (!kind.equals("txt") && !kind.equals("md") && !kind.equals("html") && !kind.equals("htm")
        && !kind.equals("pdf")) {
      throw new ReadException(file, "unsupported file type "
          + (kind.isEmpty() ? "(no extension)" : "." + kind)
          + "; expected .txt, .md, .html, .htm or .pdf");
    }
    byte[] bytes = readBytes(file);
    if (bytes.length == 0) {
      throw new ReadException(file, "empty file");
    }
    String id = sha256(bytes);
    String name = String.valueOf(file.getFileName());
    SourceDocument doc = switch (kind) {
      case "pdf" -> new SourceDocument(id, name, "application/pdf", "pdf-text",
          PdfReader.extract(file, bytes), bytes.length);
      case "html", "htm" -> {
        HtmlReader.Extracted html = HtmlReader.extract(file, bytes);
        yield new SourceDocument(id, name, "text/html", html.encoding(), html.text(), bytes.length);
      }
      default -> {
        EncodingDetector.Decoded d = EncodingDetector.decode(file, bytes);
        if (EncodingDetector.looksBinary(d.text())) {
          throw new ReadException(file, "binary content (control characters) in a text file");
        }
        yield new SourceDocument(id, name, kind.equals("md") ? "text/markdown" : "text/plain",
            d.encoding(), stripBom(d.text()), bytes.length);
      }
    };
    if (doc.original().isBlank()) {
      throw new ReadException(file, kind.equals("pdf") || kind.startsWith("htm")
          ? "no text to read (empty page or text layer)" : "empty file (whitespace only)");
    }
    return doc;
  }

  private byte[] readBytes(Path file) throws ReadException {
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new ReadException(file, "too large: " + size + " bytes, limit " + limits.maxBytes());
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > limits.maxBytes()) {
        throw new ReadException(file, "too large: over the limit of " + limits.maxBytes() + " bytes");
      }
      return bytes;
    } catch (AccessDeniedException e) {
      throw new ReadException(file, "cannot read: permission denied", e);
    } catch (IOException e) {
      throw new ReadException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /** A BOM inside decoded text (UTF-8 with BOM decoded by a strict decoder keeps none, but CP949 may). */
  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static String extension(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
