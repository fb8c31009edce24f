package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * English transfers that are only weighed: a verb inside a condition ("if Seoul were to supply"),
 * after a weighing verb ("would consider sending", "reconsider its ban on supplying"), or after a
 * modal in a sentence that states a condition ("could share … if the war drags on"). The
 * contract's exchanges are what was done, agreed, planned or suspected, not what was mooted.
 * Words from {@code weighing-en.yaml}; each runs only on the few words before the verb.
 */
final class WeighedTransfers {
  enum Role { CONSIDER, MODAL }

  /** How far before the transfer verb a weighing verb governs it. */
  private static final int CONSIDER_REACH = 45;
  /** How far before the transfer verb a modal governs it ("could one day share"). */
  private static final int MODAL_REACH = 20;
  private static final EnumSet<CueKind> CONDITION = EnumSet.of(CueKind.HYPOTHETICAL);

  private final Pattern consider;
  private final Pattern modal;

  private WeighedTransfers(Pattern consider, Pattern modal) {
    this.consider = consider;
    this.modal = modal;
  }

  static WeighedTransfers load(List<DataEntry> entries) {
    List<String> consider = new ArrayList<>();
    List<String> modal = new ArrayList<>();
    for (DataEntry e : entries) {
      String p = e.text("pattern");
      try {
        Pattern.compile(p);
      } catch (java.util.regex.PatternSyntaxException bad) {
        throw e.problem("not a valid pattern: " + bad.getDescription());
      }
      (e.constant("role", Role.class) == Role.CONSIDER ? consider : modal).add("(?:" + p + ")");
    }
    return new WeighedTransfers(words(consider), words(modal));
  }

  static WeighedTransfers shipped() {
    return load(DataFile.resource("weighing-en.yaml"));
  }

  private static Pattern words(List<String> alternatives) {
    return Pattern.compile(alternatives.isEmpty() ? "(?!)"
        : "\\b(?:" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /** Whether the English transfer verb {@code cue} of sentence {@code s} is only weighed. */
  boolean weighed(DocumentView view, SentenceView s, CueLexicon.Found cue) {
    if (cue == null || s.korean()) {
      return false;
    }
    int clause = s.clauseStart(cue.start());
    if (!view.cues.find(clause, cue.start(), CONDITION).isEmpty()) {
      return true; // "If Seoul were to supply weapons …"
    }
    String before = view.text.substring(Math.max(clause, cue.start() - CONSIDER_REACH),
        cue.start()).toLowerCase(Locale.ROOT);
    if (consider.matcher(before).find()) {
      return true;
    }
    String near = view.text.substring(Math.max(clause, cue.start() - MODAL_REACH), cue.start());
    return modal.matcher(near).find()
        && !view.cues.find(s.start(), s.end(), CONDITION).isEmpty();
  }
}
