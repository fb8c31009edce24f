package org.axiswatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a request through only with the token, given as {@code Authorization: Bearer T} or as the
 * cookie the login page sets. Tokens are compared in constant time. Without a token an API call
 * gets 401 and a page is sent to the login page. In open mode (local single-user, loopback only)
 * everything passes.
 *
 * <p>The cookie is HttpOnly and SameSite=Strict; a state-changing call carried by the cookie must
 * also come from our own origin, so another site cannot post through the analyst's browser.
 */
final class AccessGuard {
  static final String COOKIE = "axiswatch_token";
  private final byte[] token;

  /** @param token the token, or null for open mode */
  AccessGuard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  boolean isOpen() {
    return token == null;
  }

  /** Before every request. */
  void check(Context ctx) {
    if (token == null || isPublic(ctx.path())) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      if (matches(header.substring(7).strip())) {
        return;
      }
    } else if (matches(ctx.cookie(COOKIE))) {
      if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name())) {
        sameOrigin(ctx);
      }
      return;
    }
    if (ctx.path().startsWith("/api/")) {
      throw new ApiError(401, "a token is needed: Authorization: Bearer TOKEN, or log in", null);
    }
    ctx.redirect("/login.html");
    ctx.skipRemainingHandlers();
  }

  /** POST /api/login {"token": "..."}: sets the cookie when the token is right. */
  void login(Context ctx) {
    JsonNode body = Json.body(ctx);
    String given = body.path("token").asText("");
    if (token != null && !matches(given)) {
      throw new ApiError(401, "wrong token", null);
    }
    ctx.header("Set-Cookie", COOKIE + "=" + (token == null ? "" : given)
        + "; Path=/; HttpOnly; SameSite=Strict");
    ctx.status(204);
  }

  /** POST /api/logout: clears the cookie. */
  void logout(Context ctx) {
    ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    ctx.status(204);
  }

  private boolean matches(String given) {
    return given != null && !given.isEmpty()
        && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }

  private static void sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    if (origin != null && (host == null || !origin.replaceFirst("^https?://", "").equals(host))) {
      throw new ApiError(403, "cross-origin request refused", null);
    }
  }

  /** The login page and what it needs; assets carry no data. */
  private static boolean isPublic(String path) {
    return path.equals("/login.html") || path.equals("/api/login") || path.startsWith("/assets/")
        || path.startsWith("/webjars/") || path.equals("/favicon.ico");
  }
}
