package org.axiswatch.analysis;

import java.util.List;
import org.axiswatch.mentions.EntityType;

/** An entity as the analyst sees it: after merges and splits, with every form it goes by. */
public record KbEntity(String id, EntityType type, String name, String code, List<String> forms) {
  public KbEntity {
    forms = List.copyOf(forms);
  }
}
