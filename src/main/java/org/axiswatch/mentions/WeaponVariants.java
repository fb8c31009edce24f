package org.axiswatch.mentions;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A known weapon written with a variant code the gazetteer lacks is a system of its own:
 * "Pantsir-M" (the naval version) is not the Pantsir the gazetteer knows, nor "Kalibr-NK" the
 * Kalibr. The whole designation becomes a context mention with its own id; known variants
 * (Pantsir-S1, Iskander-M) are matched whole by the gazetteer and never reach here.
 */
final class WeaponVariants {
  /** A variant code right after the name: -M, -NK, -S1, -2, -1M. */
  private static final Pattern CODE = Pattern.compile(
      "-(?:[A-Z]{1,3}[0-9]{0,2}[A-Z]?|[0-9]{1,2}[A-Z]{0,2})(?![\\p{L}0-9-])");

  private WeaponVariants() {}

  /** Adds to {@code all} a variant mention for each gazetteer weapon in {@code named} with a code. */
  static void add(CharSequence text, List<Found> named, List<Found> all) {
    var m = CODE.matcher(text);
    for (Found f : named) {
      if (f.type() != EntityType.WEAPON || f.end() >= text.length() || text.charAt(f.end()) != '-'
          || !m.region(f.end(), Math.min(text.length(), f.end() + 8)).lookingAt()) {
        continue;
      }
      String form = text.subSequence(f.start(), m.end()).toString();
      all.add(new Found(EntityType.WEAPON, f.start(), m.end(),
          ContextIds.of(EntityType.WEAPON, form), null, "context", null));
    }
  }
}
