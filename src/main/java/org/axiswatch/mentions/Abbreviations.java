package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * A name followed by its abbreviation in brackets — 다연장로켓(MLRS), 수호이(SU), Eastern Economic
 * Forum (EEF) — makes the abbreviation a mention of the same entity.
 */
final class Abbreviations {
  private Abbreviations() {}

  static void add(CharSequence text, int to, List<Found> kept) {
    List<Found> more = new ArrayList<>();
    for (Found f : kept) {
      if (f.entityId() == null) {
        continue;
      }
      int i = f.end();
      if (i < to && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= to || (text.charAt(i) != '(' && text.charAt(i) != '（')) {
        continue;
      }
      int s = i + 1;
      int e = s;
      while (e < to && e - s <= 6 && Character.isLetter(text.charAt(e)) && text.charAt(e) < 0x80) {
        e++;
      }
      if (e - s < 2 || e >= to || (text.charAt(e) != ')' && text.charAt(e) != '）')
          || !Character.isUpperCase(text.charAt(s)) || !Character.isUpperCase(text.charAt(e - 1))) {
        continue;
      }
      boolean free = true;
      for (Found k : kept) {
        free &= !(k.start() < e && s < k.end());
      }
      if (free) {
        more.add(new Found(f.type(), s, e, f.entityId(), f.entry(), f.origin(), null));
      }
    }
    kept.addAll(more);
  }
}
