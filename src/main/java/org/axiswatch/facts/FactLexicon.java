package org.axiswatch.facts;

import java.util.List;

/**
 * Everything the fact stage knows, loaded once from {@code src/main/resources/facts/}; a malformed
 * file fails here, naming file and line.
 */
record FactLexicon(
    List<Trigger> triggers, ItemLexicon items, CueLexicon cues, HedgeLexicon hedges,
    ActorBook actors, HeadingCues headings) {

  FactLexicon {
    triggers = List.copyOf(triggers);
  }

  static FactLexicon shipped() {
    return new FactLexicon(
        Trigger.load(DataFile.resource("triggers.yaml")),
        ItemLexicon.load(DataFile.resource("items.yaml")),
        CueLexicon.load(DataFile.resource("cues.yaml")),
        HedgeLexicon.load(DataFile.resource("hedges.yaml")),
        ActorBook.load(DataFile.resource("actors.yaml")),
        HeadingCues.load(DataFile.resource("headings.yaml")));
  }
}
