package org.axiswatch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI document and the page that lists its operations, both from the classpath. */
final class ApiDocs {
  static final String OPENAPI = "/web/openapi.json";
  private static final String PAGE = "/web/api-docs.html";
  private final byte[] openapi = resource(OPENAPI);
  private final byte[] page = resource(PAGE);

  void openapi(Context ctx) {
    ctx.contentType("application/json").result(openapi);
  }

  void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  static byte[] resource(String path) {
    try (InputStream in = ApiDocs.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
