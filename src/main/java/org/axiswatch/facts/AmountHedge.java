package org.axiswatch.facts;

import java.util.EnumSet;
import java.util.Set;
import org.axiswatch.mentions.EntityType;

/**
 * A hedge on how much was given, not on the giving: "석유를 제공했으며, 그 양은 100만 배럴을 넘는
 * 것으로 추정된다", "delivered oil, likely more than a million barrels". The transfer stays as
 * asserted; only a hedge over the transfer verb itself ("100만 배럴의 석유를 제공한 것으로 추정",
 * "probably delivered") makes it POSSIBLE.
 */
final class AmountHedge {
  private static final Set<CueKind> IRREALIS = EnumSet.of(CueKind.HYPOTHETICAL, CueKind.POSSIBLE,
      CueKind.PURPOSE, CueKind.RECOMMEND);
  /** How far a hedge may stand from the amount it weighs (을 넘는 것으로 추정, likely some). */
  private static final int REACH = 16;

  private AmountHedge() {}

  /**
   * Whether every irrealis cue in [from, to) weighs an amount named after the transfer verb
   * (which ends at {@code verbEnd}); false when there is none.
   */
  static boolean only(DocumentView view, int from, int to, int verbEnd) {
    var hedges = view.cues.find(from, to, IRREALIS);
    if (hedges.isEmpty()) {
      return false;
    }
    for (CueLexicon.Found c : hedges) {
      if (c.start() < verbEnd || !weighsAmount(view, c, verbEnd)) {
        return false;
      }
    }
    return true;
  }

  private static boolean weighsAmount(DocumentView view, CueLexicon.Found c, int verbEnd) {
    for (Spot q : view.spotsIn(verbEnd, Math.min(view.text.length(), c.end() + REACH + 40))) {
      if (q.type() != EntityType.QUANTITY) {
        continue;
      }
      boolean before = q.end() <= c.start() && c.start() - q.end() <= REACH
          && !view.text.substring(q.end(), c.start()).matches("(?s).*[.;].*");
      boolean after = q.start() >= c.end() && q.start() - c.end() <= REACH;
      if (before || after) {
        return true;
      }
    }
    return false;
  }
}
