package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import org.axiswatch.pipeline.PartialDate;

/**
 * Folds repeated mentions of one event into one. Briefs restate their events: the summit in the
 * summary and again in the body, a visit dated "7월26일" and later "지난 7월 방북". Rules:
 * <ul>
 *   <li>one sentence attributes once: its statements and reports are one event; its undated
 *       events of one type are one too (no date tells them apart);
 *   <li>same type, dates that agree (one within the other) and actors that overlap (for a
 *       statement or report the same speaker, for a visit the same visitor): one event, kept at the more precise date;
 *       but two statements or reports told in two sentences are one only when the second restates
 *       the first (a summary bullet and its body, a headline and its lead): a speaker who says one
 *       thing on Sunday and posts another that day made two statements;
 *   <li>an undated event whose actors all take part in a dated one of the same type adds nothing.
 * </ul>
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<Event> events) {
    List<Event> kept = new ArrayList<>();
    for (Event e : events) {
      int same = indexOfSame(kept, e);
      if (same < 0) {
        kept.add(e);
      } else if (better(e, kept.get(same))) {
        kept.set(same, e);
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : kept) {
      if (e.date() != null || kept.stream().noneMatch(o -> o != e && o.date() != null
          && o.type() == e.type() && o.actors().containsAll(e.actors()) && overlap(o, e))) {
        out.add(e);
      }
    }
    return out;
  }

  private static int indexOfSame(List<Event> kept, Event e) {
    for (int i = 0; i < kept.size(); i++) {
      Event k = kept.get(i);
      boolean sameSentence = k.span().equals(e.span());
      if (sameSentence && reporting(k) && reporting(e)) {
        return i;
      }
      if (k.type() == e.type() && agree(k.date(), e.date()) && overlap(k, e)
          && (sameSentence || !reporting(e) || !Restatement.apart(k, e))) {
        return i;
      }
      if (sameSentence && k.type() == e.type() && k.date() == null && e.date() == null) {
        return i;
      }
    }
    return -1;
  }

  private static boolean reporting(Event e) {
    return e.type() == EventType.REPORT || e.type() == EventType.STATEMENT;
  }

  private static boolean agree(PartialDate a, PartialDate b) {
    if (a == null || b == null) {
      return false;
    }
    String x = a.toString();
    String y = b.toString();
    return x.startsWith(y) || y.startsWith(x);
  }

  /** Actors in common; for statements and reports the same speaker, since two sources on one
   * day are two reports. */
  private static boolean overlap(Event a, Event b) {
    if (reporting(a) || a.type() == EventType.VISIT) { // two visitors are two visits
      return a.actors().isEmpty() ? b.actors().isEmpty()
          : !b.actors().isEmpty() && a.actors().get(0).equals(b.actors().get(0));
    }
    return a.actors().isEmpty() || b.actors().isEmpty()
        || a.actors().stream().anyMatch(b.actors()::contains);
  }

  /** Prefer a dated event, then the more precise date; otherwise keep the first. */
  private static boolean better(Event e, Event k) {
    if (k.date() == null) {
      return e.date() != null;
    }
    return e.date() != null && e.date().precision().compareTo(k.date().precision()) > 0;
  }
}
