package org.axiswatch.outputs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;

/** The entities of a document by type, most mentioned first, with the forms the text used. */
final class EntityListing {
  private static final int FORMS_SHOWN = 3;
  private static final int VALUES_SHOWN = 12;
  /** Columns of a line, as the rest of the text analysis (an 80-column terminal). */
  private static final int WIDTH = 78;

  private EntityListing() {}

  static void write(AnalyzedDocument doc, StringBuilder b) {
    List<Entity> entities = doc.find(Entity.KEY).orElse(List.of());
    List<Mention> mentions = doc.find(Mention.KEY).orElse(List.of());
    if (entities.isEmpty() && mentions.isEmpty()) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, List<String>> seen = new HashMap<>();
    for (Mention m : mentions) {
      if (m.entity() != null) {
        counts.merge(m.entity(), 1, Integer::sum);
        List<String> forms = seen.computeIfAbsent(m.entity(), k -> new ArrayList<>());
        String form = m.text().replaceAll("\\s+", " ");
        if (!forms.contains(form)) {
          forms.add(form);
        }
      }
    }
    b.append("\nentities\n");
    for (EntityType type : EntityType.values()) {
      List<Entity> ofType = new ArrayList<>();
      for (Entity e : entities) {
        if (e.type() == type) {
          ofType.add(e);
        }
      }
      if (ofType.isEmpty()) {
        continue;
      }
      ofType.sort((x, y) -> Integer.compare(counts.getOrDefault(y.id(), 0), counts.getOrDefault(x.id(), 0)));
      b.append("  ").append(type).append(" (").append(ofType.size()).append(")\n");
      for (Entity e : ofType) {
        List<String> forms = seen.getOrDefault(e.id(), List.of());
        String line = e.name() + "  ×" + counts.getOrDefault(e.id(), 0) + "  "
            + String.join(", ", forms.subList(0, Math.min(FORMS_SHOWN, forms.size())))
            + ("context".equals(e.origin()) ? "  [context]" : "");
        b.append("    ").append(AnalysisText.shorten(line, WIDTH - 4)).append('\n');
      }
    }
    values(mentions, EntityType.DATE, b);
    values(mentions, EntityType.QUANTITY, b);
  }

  private static void values(List<Mention> mentions, EntityType type, StringBuilder b) {
    List<String> shown = new ArrayList<>();
    int total = 0;
    for (Mention m : mentions) {
      if (m.type() == type && m.value() != null) {
        total++;
        if (shown.size() < VALUES_SHOWN) {
          shown.add(m.value());
        }
      }
    }
    if (total > 0) {
      String line = type + " (" + total + ")  " + String.join(" · ", shown)
          + (total > shown.size() ? " …" : "");
      b.append("  ").append(AnalysisText.shorten(line, WIDTH - 2)).append('\n');
    }
  }
}
