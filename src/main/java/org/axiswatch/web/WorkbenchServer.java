package org.axiswatch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's HTTP server: the route table, the token check, the security headers, the
 * static pages and ECharts from the classpath, and one place where errors become JSON.
 */
public final class WorkbenchServer implements AutoCloseable {
  /**
   * Security headers on every response. Document text is untrusted: pages render it as text, and
   * this policy keeps any script that slipped through from running (no inline script, no eval, no
   * other origin).
   */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
      + "form-action 'self'";
  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServer.class);

  /**
   * @param host the address to bind
   * @param port 0 for any free port
   * @param token the access token, or null for open mode (loopback only)
   * @param maxUploadBytes the upload limit
   */
  public record Config(String host, int port, String token, long maxUploadBytes) {
    public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

    public Config {
      Objects.requireNonNull(host, "host");
      if (token == null && !isLoopback(host)) {
        throw new IllegalArgumentException(
            "open mode (no token) binds to loopback only, not " + host);
      }
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("the token must not be blank");
      }
    }
  }

  private final Javalin app;

  private WorkbenchServer(Javalin app) {
    this.app = app;
  }

  public static WorkbenchServer start(Workbench workbench, ListScreening lists, Config config) {
    AccessGuard guard = new AccessGuard(config.token());
    var routes = Routes.table(guard,
        new DocumentHandlers(workbench, new UploadReader(config.maxUploadBytes())),
        new EntityHandlers(workbench), new KnowledgeHandlers(workbench, lists), new ApiDocs());
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/web/public";
        s.location = Location.CLASSPATH;
      });
      c.staticFiles.enableWebjars();
    });
    app.before(WorkbenchServer::secure);
    app.before(guard::check);
    routes.forEach(r -> app.addEndpoint(new Endpoint(r.method(), r.path(), r.handler())));
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.file()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e.getClass().getSimpleName(), null);
    });
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.result() == null) {
        error(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path(), null);
      }
    });
    app.start(config.host(), config.port());
    return new WorkbenchServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  private static void error(Context ctx, int status, String message, String file) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    if (file != null) {
      body.put("file", file);
    }
    ctx.status(status).json(body);
  }

  /** True when the host names this machine's loopback interface. */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
