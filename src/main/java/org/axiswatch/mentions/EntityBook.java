package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the document's entities from its mentions: one entity per id, with every form seen in
 * the document first and then the gazetteer's own names and aliases.
 */
final class EntityBook {
  private static final class Draft {
    final String id;
    final EntityType type;
    final GazetteerEntry entry;
    final Set<String> seen = new LinkedHashSet<>();

    Draft(String id, EntityType type, GazetteerEntry entry) {
      this.id = id;
      this.type = type;
      this.entry = entry;
    }
  }

  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  void add(Found f, String text) {
    if (f.entityId() == null) {
      return;
    }
    Draft d = drafts.computeIfAbsent(f.entityId(), id -> new Draft(id, f.type(), f.entry()));
    d.seen.add(Spaces.collapse(text).strip());
  }

  List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    for (Draft d : drafts.values()) {
      Set<String> names = new LinkedHashSet<>(d.seen);
      if (d.entry != null) {
        names.addAll(d.entry.forms());
        out.add(new Entity(d.id, d.type, d.entry.name(), List.copyOf(names), d.entry.code(),
            d.entry.wikidata(), d.entry.source().equals("context") ? "context" : "gazetteer"));
      } else {
        out.add(new Entity(d.id, d.type, d.seen.iterator().next(), List.copyOf(names), null, null,
            "context"));
      }
    }
    return out;
  }
}
