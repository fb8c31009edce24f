package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Gazetteer;
import org.axiswatch.mentions.GazetteerEntry;

/**
 * Everything the fact stage knows, loaded once from {@code src/main/resources/facts/}; a malformed
 * file fails here, naming file and line. The patterns of triggers, cues and hedges share one
 * {@link PatternSieve}, so a document's text is read once for the words of all three.
 */
final class FactLexicon {
  private final TriggerLexicon triggers;
  private final ItemLexicon items;
  private final CueLexicon cues;
  private final HedgeLexicon hedges;
  private final ActorBook actors;
  private final HeadingCues headings;
  /** The state each gazetteer place (LOC, FAC) lies in, by entity id: its {@code nat}. */
  private final Map<String, String> placeStates;
  /** The finders' own phrase patterns, sieved with the lexicons' in the same pass. */
  static final List<Pattern> PHRASES =
      List.of(ClaimFinder.CITES, ClaimFinder.REPORTED_CLAUSE, EventFinder.NEXT_DAY,
          TriggerHit.CREDIT_LINE, EventMood.HEDGED);

  private final PatternSieve sieve;
  /** Where the cues' and the hedges' patterns start in the sieve, after the triggers'. */
  private final int cuesFrom;
  private final int hedgesFrom;
  private final int phrasesFrom;

  FactLexicon(TriggerLexicon triggers, ItemLexicon items, CueLexicon cues, HedgeLexicon hedges,
      ActorBook actors, HeadingCues headings, Map<String, String> placeStates) {
    this.triggers = triggers;
    this.items = items;
    this.cues = cues;
    this.hedges = hedges;
    this.actors = actors;
    this.headings = headings;
    this.placeStates = Map.copyOf(placeStates);
    List<Pattern> patterns = new ArrayList<>(triggers.patterns());
    patterns.addAll(cues.patterns());
    patterns.addAll(hedges.patterns());
    patterns.addAll(PHRASES);
    this.sieve = new PatternSieve(patterns);
    this.cuesFrom = triggers.patterns().size();
    this.hedgesFrom = cuesFrom + cues.patterns().size();
    this.phrasesFrom = hedgesFrom + hedges.patterns().size();
  }

  static FactLexicon shipped() {
    return new FactLexicon(
        TriggerLexicon.load(DataFile.resource("triggers.yaml")),
        ItemLexicon.load(DataFile.resource("items.yaml")),
        CueLexicon.load(DataFile.resource("cues.yaml")),
        HedgeLexicon.load(DataFile.resource("hedges.yaml")),
        ActorBook.load(DataFile.resource("actors.yaml")),
        HeadingCues.load(DataFile.resource("headings.yaml")), placeStates(Gazetteer.standard()));
  }

  private static Map<String, String> placeStates(Gazetteer gazetteer) {
    Map<String, String> out = new HashMap<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      String nat = gazetteer.nationality(e.id());
      if (nat != null && (e.type() == EntityType.LOC || e.type() == EntityType.FAC)) {
        out.put(e.id(), nat);
      }
    }
    return out;
  }

  /** The state a gazetteer place lies in, or null. */
  String placeState(String entityId) {
    return entityId == null ? null : placeStates.get(entityId);
  }

  /**
   * The lexicons' words in one text (a document's working text), read in two passes: one for
   * the patterns' words, one for the items'.
   *
   * @param phrases where the {@link #PHRASES} may match, numbered as in that list
   */
  record InText(TriggerLexicon.InText triggers, CueLexicon.InText cues,
      HedgeLexicon.InText hedges, ItemLexicon.InText items, PatternSieve.Part phrases) {}

  InText in(String text) {
    char[] chars = text.toCharArray();
    PatternSieve.Sifted sifted = sieve.sift(text, chars);
    return new InText(triggers.in(sifted.from(0)), cues.in(sifted.from(cuesFrom)),
        hedges.in(sifted.from(hedgesFrom)), items.in(text, chars), sifted.from(phrasesFrom));
  }

  TriggerLexicon triggers() {
    return triggers;
  }

  ItemLexicon items() {
    return items;
  }

  CueLexicon cues() {
    return cues;
  }

  HedgeLexicon hedges() {
    return hedges;
  }

  ActorBook actors() {
    return actors;
  }

  HeadingCues headings() {
    return headings;
  }
}
