package org.axiswatch.sanctions;

import java.util.Objects;
import org.axiswatch.resolve.NameMatch;

/**
 * A subject against one list entry.
 *
 * @param entry the listed entry
 * @param name the subject's name form that matched best
 * @param listedForm the entry's name or alias that matched best
 * @param nameMatch how the names agree
 * @param score after other attributes raised or lowered it, 0..1
 * @param match true when the score reaches the threshold
 * @param why names, then attributes, in words
 */
public record ScreeningResult(ListedEntry entry, String name, String listedForm,
    NameMatch nameMatch, double score, boolean match, String why) {
  public ScreeningResult {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(nameMatch, "nameMatch");
    Objects.requireNonNull(why, "why");
  }
}
