package org.axiswatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** Entities: view one, merge two, split names off one. */
final class EntityHandlers {
  private final Workbench workbench;

  EntityHandlers(Workbench workbench) {
    this.workbench = workbench;
  }

  void get(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(workbench.entity(id).orElseThrow(() -> ApiError.notFound("entity " + id)));
  }

  /** POST /api/entities/{id}/merge {"with": "other id"}: the other is folded into this one. */
  void merge(Context ctx) {
    String id = ctx.pathParam("id");
    String other = Json.body(ctx).path("with").asText("");
    if (other.isBlank()) {
      throw ApiError.badRequest("say which entity to merge in: {\"with\": \"ID\"}");
    }
    ctx.json(workbench.merge(id, other)
        .orElseThrow(() -> ApiError.notFound("entity " + id + " or " + other)));
  }

  /** POST /api/entities/{id}/split {"names": ["form", …]}: those forms become a new entity. */
  void split(Context ctx) {
    String id = ctx.pathParam("id");
    JsonNode names = Json.body(ctx).path("names");
    List<String> list = new ArrayList<>();
    names.forEach(n -> list.add(n.asText()));
    if (!names.isArray() || list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
      throw ApiError.badRequest("say which names to split off: {\"names\": [\"…\"]}");
    }
    try {
      ctx.status(201).json(workbench.split(id, list)
          .orElseThrow(() -> ApiError.notFound("entity " + id)));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }
}
