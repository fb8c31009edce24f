package org.axiswatch.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Takes an upload's bytes off a request, refusing before analysis what the command line would
 * refuse: no name (400), a type the readers do not take (415), more bytes than the limit (413,
 * decided from Content-Length when given, else while reading), an empty file (400).
 *
 * <p>The body is the raw file; its name comes in {@code ?name=} or an {@code X-File-Name} header.
 */
final class UploadReader {
  static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf");
  private final long maxBytes;

  UploadReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  String fileName(Context ctx) {
    String raw = ctx.queryParam("name");
    if (raw == null) {
      raw = ctx.header("X-File-Name");
      raw = raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }
    if (raw == null || raw.isBlank()) {
      throw ApiError.badRequest("name the file: ?name=FILE or an X-File-Name header");
    }
    // only the last path component, so a name can never point outside the scratch folder
    String name = raw.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c < 0x20)) {
      throw new ApiError(400, "not a usable file name", raw);
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!EXTENSIONS.contains(ext)) {
      throw new ApiError(415, "unsupported file type"
          + (ext.isEmpty() ? "" : " ." + ext) + "; use .txt, .md, .html, .htm or .pdf", name);
    }
    return name;
  }

  byte[] read(Context ctx, String name) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooBig(name);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = ctx.req().getInputStream()) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
        if (out.size() > maxBytes) {
          throw tooBig(name);
        }
      }
    } catch (IOException e) {
      throw new ApiError(400, "upload interrupted: " + e.getMessage(), name);
    }
    if (out.size() == 0) {
      throw new ApiError(400, "empty file", name);
    }
    return out.toByteArray();
  }

  private ApiError tooBig(String name) {
    return new ApiError(413, "file too large: over the limit of " + maxBytes + " bytes", name);
  }
}
