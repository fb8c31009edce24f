package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;

/** The exchanges of a document, one per (from, to, category). */
final class ExchangeMerge {
  private ExchangeMerge() {}

  /**
   * One exchange per (from, to, category); a mutual one (exercises, cooperation) also in reverse.
   * Troops one way and military technology the other stay two. The first telling is kept, with
   * the firmest status of all its tellings (see {@link #firmness}).
   */
  static List<ExchangeFinder.Found> merge(List<ExchangeFinder.Found> found) {
    return merge(found, true);
  }

  /**
   * The first telling of each exchange as it was told: a completed one is also a TRANSFER event,
   * dated where it was first told, and a hedged first telling makes no event.
   */
  static List<ExchangeFinder.Found> firsts(List<ExchangeFinder.Found> found) {
    return merge(found, false);
  }

  private static List<ExchangeFinder.Found> merge(List<ExchangeFinder.Found> found,
      boolean firmest) {
    List<ExchangeFinder.Found> out = new ArrayList<>();
    for (ExchangeFinder.Found f : found) {
      Exchange x = f.exchange();
      int seen = -1;
      for (int i = 0; i < out.size() && seen < 0; i++) {
        Exchange g = out.get(i).exchange();
        if (g.category() == x.category() && (g.from().equals(x.from()) && g.to().equals(x.to())
            || (f.mutual() || out.get(i).mutual()) && g.from().equals(x.to())
                && g.to().equals(x.from()))) {
          seen = i;
        }
      }
      if (seen < 0) {
        out.add(f);
      } else if (firmest && firmness(x.status()) > firmness(out.get(seen).exchange().status())) {
        ExchangeFinder.Found g = out.get(seen);
        Exchange e = g.exchange();
        out.set(seen, new ExchangeFinder.Found(new Exchange(e.from(), e.to(), e.category(),
            e.item(), x.status(), e.quantity(), e.span(), e.text()), g.sentence(), g.cueAt(),
            g.done(), g.mutual()));
      }
    }
    return out;
  }

  /**
   * Across sentences a hedge in one does not undo what another asserts ("may have shipped" in
   * the lead, "shipped" in the body), and a party's denial does not undo a source's report (the
   * accused deny as a rule; the analyst keeps the report beside the denial): what happened, then
   * what is reported, agreed, planned, then a denial, and last what is only possible. Within a
   * sentence the cue precedence of ExchangeFinder's status still rules (a hedge or a denial there
   * governs its own verb).
   */
  private static int firmness(ExchangeStatus status) {
    return switch (status) {
      case OCCURRED -> 6;
      case REPORTED -> 5;
      case AGREED -> 4;
      case PLANNED -> 3;
      case DENIED -> 2;
      case POSSIBLE -> 1;
    };
  }
}
