package org.axiswatch.web;

import io.javalin.http.Context;
import org.axiswatch.pipeline.PartialDate;

/** Query parameters read the same way everywhere: blank is absent, a malformed value is a 400. */
final class Params {
  private Params() {}

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static PartialDate date(Context ctx, String name) {
    String v = text(ctx, name);
    try {
      return v == null ? null : PartialDate.parse(v);
    } catch (RuntimeException e) {
      throw ApiError.badRequest(name + " must be YYYY, YYYY-MM or YYYY-MM-DD: " + v);
    }
  }

  static int number(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name);
    try {
      int n = v == null ? fallback : Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiError.badRequest(name + " must be " + min + ".." + max + ": " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a number: " + v);
    }
  }
}
