package org.axiswatch.facts;

import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;

/**
 * A port, city, station or cosmodrome standing for the state it lies in (the gazetteer's
 * {@code nat}) as where an item leaves or arrives: "shipped from Rajin to Russia", "arrived at
 * Vostochny port", 나진항에서 … 보스토치니항으로. Used only for a side no state fills.
 */
final class PlaceSides {
  private static final Pattern ORIGIN_EN = Pattern.compile(
      "(?:from|left|leaving|departed|departing|loaded\\s+(?:at|in))\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GOAL_EN = Pattern.compile(
      "(?:to|into|bound\\s+for|(?:arrived|arriving|arrives|docked|docking|unloaded|delivered)"
          + "\\s+(?:at|in)|reached)\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /** 에서 is where anything happens (회담에서); it is an origin only before a goal (…에서 …로). */
  private static final Pattern ORIGIN_KO = Pattern.compile(
      "^(?:에서(?:부터)?(?=\\s[^.\\n]{0,40}?[가-힣](?:으로|로|까지)\\s)|[을를]\\s?(?:출발|떠나|떠난|떠났))");
  private static final Pattern GOAL_KO = Pattern.compile(
      "^(?:으로|로|까지|에\\s?(?:도착|입항|하역|들어))");

  private static final Pattern THROUGH_EN = Pattern.compile(
      "\\b(?:through|via)\\s+(?:the\\s+)?(?:[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?['’]s\\s+)?$");
  private static final Pattern THROUGH_KO = Pattern.compile("^[을를]?\\s?(?:통해|통한|경유|거쳐)");

  private final DocumentView view;

  PlaceSides(DocumentView view) {
    this.view = view;
  }

  /** The states of the places named as origin and goal in the item's clause (either may be null). */
  Parties.Ends sides(SentenceView s, ItemLexicon.Found item, CueLexicon.Found cue) {
    int at = cue == null ? item.start() : Math.min(cue.start(), item.start());
    int end = cue == null ? item.end() : Math.max(cue.end(), item.end());
    int from = s.clauseStart(at);
    int to = s.clauseEnd(end);
    return new Parties.Ends(side(from, to, true, s.korean()), side(from, to, false, s.korean()));
  }

  /**
   * Whether the state {@code to} is named in the sentence only as a route the goods pass
   * ("exported coal through the North's Rajin port", 나진항을 통해 수출): a transit, not a receiver.
   */
  boolean onlyTransit(SentenceView s, String to) {
    boolean named = false;
    for (Spot p : view.spotsIn(s.start(), s.end())) {
      String state = p.type() == EntityType.LOC || p.type() == EntityType.FAC
          ? view.lexicon().placeState(p.id()) : p.state();
      if (!to.equals(state) || view.items.find(s.start(), s.end()).stream()
          .anyMatch(i -> i.start() < p.end() && p.start() < i.end()
              && (i.start() < p.start() || i.end() > p.end()))) {
        continue; // the Rajin of "the Rajin-Khasan project" names an item, not a side
      }
      named = true;
      if (!transit(p, s.korean())) {
        return false;
      }
    }
    return named;
  }

  /** A route: "through (the) X", "via X", X를 통해 / 경유해. */
  boolean transit(Spot p, boolean korean) {
    if (korean) {
      String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 6));
      return THROUGH_KO.matcher(after).find();
    }
    // "through the North's Rajin port": the state before the port is on the route too
    String before = view.text.substring(Math.max(0, p.start() - 34), p.start());
    return THROUGH_EN.matcher(before).find();
  }

  /** The state of a place named as the item's origin ({@code origin}) or goal in [from, to). */
  private String side(int from, int to, boolean origin, boolean korean) {
    String found = null;
    for (Spot p : view.spotsIn(from, to)) {
      if (p.type() != EntityType.LOC && p.type() != EntityType.FAC) {
        continue;
      }
      String state = view.lexicon().placeState(p.id());
      if (state == null) {
        continue;
      }
      String before = view.text.substring(Math.max(0, p.start() - 20), p.start());
      String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 60));
      boolean marked = korean
          ? (origin ? ORIGIN_KO : GOAL_KO).matcher(after).find()
          : (origin ? ORIGIN_EN : GOAL_EN).matcher(before).find();
      if (marked && found == null) {
        found = state;
      }
    }
    return found;
  }
}
