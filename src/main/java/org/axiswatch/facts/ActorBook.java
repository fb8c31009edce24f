package org.axiswatch.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axiswatch.mentions.Entity;

/**
 * Who acts for which state, and how reliable a source is (actors.yaml). Looked up by entity id
 * or by any of the entity's names.
 */
final class ActorBook {
  /** One known actor. @param state ISO alpha-3 or null; @param reliability 'A'..'E' or 'F'. */
  record Actor(String state, char reliability) {}

  private static final Actor UNKNOWN = new Actor(null, 'F');

  private final Map<String, Actor> byId;
  private final Map<String, Actor> byName;

  private ActorBook(Map<String, Actor> byId, Map<String, Actor> byName) {
    this.byId = Map.copyOf(byId);
    this.byName = Map.copyOf(byName);
  }

  static ActorBook load(List<DataEntry> entries) {
    Map<String, Actor> byId = new HashMap<>();
    Map<String, Actor> byName = new HashMap<>();
    for (DataEntry e : entries) {
      String state = e.optional("state");
      if (state != null && !state.matches("[A-Z]{3}")) {
        throw e.problem("'state' must be an ISO 3166 alpha-3 code, not " + state);
      }
      String grade = e.optional("reliability");
      if (grade != null && !grade.matches("[A-F]")) {
        throw e.problem("'reliability' must be one of A..F, not " + grade);
      }
      Actor a = new Actor(state, grade == null ? 'F' : grade.charAt(0));
      e.list("ids").forEach(id -> byId.put(id, a));
      e.list("names").forEach(n -> byName.put(key(n), a));
      if (e.list("ids").isEmpty() && e.list("names").isEmpty()) {
        throw e.problem("an actor needs 'ids' or 'names'");
      }
    }
    return new ActorBook(byId, byName);
  }

  /** What the book knows of an entity (and the form seen), or an unknown actor graded F. */
  Actor of(Entity entity, String form) {
    Actor a = entity == null ? null : of(entity);
    return a != null ? a : of(form);
  }

  /** What the book knows of an entity by its id or any of its names, or null. */
  Actor of(Entity entity) {
    Actor a = byId.get(entity.id());
    if (a != null) {
      return a;
    }
    a = byName.get(key(entity.name()));
    if (a != null) {
      return a;
    }
    for (String n : entity.names()) {
      a = byName.get(key(n));
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** What the book knows of a name as written, or an unknown actor graded F. */
  Actor of(String form) {
    return form == null ? UNKNOWN : byName.getOrDefault(key(form), UNKNOWN);
  }

  /** The name without the characters a regex's \s stands for, in lower case. */
  private static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
