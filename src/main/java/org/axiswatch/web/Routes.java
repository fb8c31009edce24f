package org.axiswatch.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every route of the workbench, in one table. The OpenAPI document ({@code web/openapi.json})
 * describes the same table; a test holds them equal.
 */
final class Routes {
  /**
   * One route: method, path, handler. Paths use Javalin's syntax: {@code {id}} is one segment,
   * {@code <id>} may hold slashes (entity ids made by a split do: {@code PRK/north korea}).
   */
  record Route(HandlerType method, String path, Handler handler) {}

  private Routes() {}

  static List<Route> table(AccessGuard guard, DocumentHandlers documents, EntityHandlers entities,
      KnowledgeHandlers knowledge, ApiDocs docs) {
    return List.of(
        new Route(HandlerType.POST, "/api/login", guard::login),
        new Route(HandlerType.POST, "/api/logout", guard::logout),
        new Route(HandlerType.GET, "/api/openapi.json", docs::openapi),
        new Route(HandlerType.GET, "/api/docs", docs::page),
        new Route(HandlerType.POST, "/api/documents", documents::upload),
        new Route(HandlerType.GET, "/api/documents", documents::list),
        new Route(HandlerType.GET, "/api/documents/{id}", documents::get),
        new Route(HandlerType.GET, "/api/search", knowledge::search),
        new Route(HandlerType.GET, "/api/entities/<id>", entities::get),
        new Route(HandlerType.POST, "/api/entities/<id>/merge", entities::merge),
        new Route(HandlerType.POST, "/api/entities/<id>/split", entities::split),
        new Route(HandlerType.GET, "/api/events", knowledge::events),
        new Route(HandlerType.GET, "/api/timeline", knowledge::timeline),
        new Route(HandlerType.GET, "/api/exchanges", knowledge::exchanges),
        new Route(HandlerType.GET, "/api/decisions", knowledge::decisions),
        new Route(HandlerType.GET, "/api/claims", knowledge::claims),
        new Route(HandlerType.GET, "/api/network", knowledge::network),
        new Route(HandlerType.GET, "/api/screening", knowledge::screeningHits),
        new Route(HandlerType.POST, "/api/screening", knowledge::screen),
        new Route(HandlerType.GET, "/api/brief", knowledge::brief),
        new Route(HandlerType.GET, "/api/brief.html", knowledge::briefHtml));
  }
}
