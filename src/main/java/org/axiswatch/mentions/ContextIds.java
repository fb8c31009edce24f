package org.axiswatch.mentions;

import java.text.Normalizer;
import java.util.Locale;

/** Ids of entities found by context only: {@code <type>:<normalized form>}, e.g. org:여의도연구원. */
final class ContextIds {
  private ContextIds() {}

  static String of(EntityType type, String form) {
    String norm = Spaces.collapse(Normalizer.normalize(form, Normalizer.Form.NFKC).strip())
        .toLowerCase(Locale.ROOT);
    return type.name().toLowerCase(Locale.ROOT) + ":" + norm;
  }
}
