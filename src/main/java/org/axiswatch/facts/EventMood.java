package org.axiswatch.facts;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The modality around an event word: the cues that make it weighed, planned, denied or the
 * author's reading rather than a happening.
 */
final class EventMood {
  /** A Korean predicate joined to the next clause without tense: its modality is the sentence's. */
  private static final Pattern CONNECTIVE = Pattern.compile(
      "(?:을|를)?\\s*(?:하고|해\\s*,|해\\s|하여|해서|하며|하면서)(?s:.*)");
  /** Commentary, not a happening: "appears to have opened the door" (not "is believed to"). */
  static final Pattern HEDGED = Pattern.compile(
      "\\b(?:appears?|appeared|seems?|seemed) to\\b",
      Pattern.CASE_INSENSITIVE);

  private final DocumentView view;

  EventMood(DocumentView view) {
    this.view = view;
  }

  /** An English trigger after "appears to", "seems to" in its clause: the author's reading. */
  boolean hedged(TriggerHit h, SentenceView s) {
    return !view.matches(HEDGED, Math.max(s.clauseStart(h.start()), h.start() - 30), h.start())
        .isEmpty();
  }

  /** Modality cues around a trigger: after it in Korean (to the clause end, or the sentence end
   * when the clause is joined without tense), before and after it in English. */
  Set<CueKind> of(TriggerHit h, SentenceView s, boolean korean) {
    int clauseEnd = s.clauseEnd(h.start());
    Set<CueKind> kinds = new LinkedHashSet<>();
    if (korean) {
      String rest = view.text.substring(h.end(), clauseEnd);
      int to = CONNECTIVE.matcher(rest).matches() && rest.length() < 12 ? s.end() : clauseEnd;
      kinds.addAll(view.cues.kinds(h.end(), to));
    } else {
      int from = Math.max(s.clauseStart(h.start()), h.start() - 30);
      kinds.addAll(view.cues.kinds(from, h.start()));
      if (!h.trigger().reporting()) { // what follows "said that" is the content, not its mood
        kinds.addAll(view.cues.kinds(h.end(), clauseEnd));
      }
    }
    return kinds;
  }
}
