package org.axiswatch.store;

import java.util.List;
import org.axiswatch.mentions.EntityType;

/** A knowledge-base entity as ingest resolved it, with every form any document used. */
public record StoredEntity(String id, EntityType type, String name, String code, String wikidata,
    String origin, List<String> forms) {
  public StoredEntity {
    forms = List.copyOf(forms);
  }
}
