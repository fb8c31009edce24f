package org.axiswatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;
import org.axiswatch.pipeline.PartialDate;

/** The API's JSON: records as objects, dates at their own precision ("2023-09"). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(PartialDate.class, ToStringSerializer.instance));

  private Json() {}

  /** The request body as a JSON object; 400 when it is not one. */
  static JsonNode body(Context ctx) {
    try {
      JsonNode n = MAPPER.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw ApiError.badRequest("the body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
    }
  }
}
