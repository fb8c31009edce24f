package org.axiswatch.facts;

/**
 * Everything the fact stage knows, loaded once from {@code src/main/resources/facts/}; a malformed
 * file fails here, naming file and line.
 */
record FactLexicon(
    TriggerLexicon triggers, ItemLexicon items, CueLexicon cues, HedgeLexicon hedges,
    ActorBook actors, HeadingCues headings) {

  static FactLexicon shipped() {
    return new FactLexicon(
        TriggerLexicon.load(DataFile.resource("triggers.yaml")),
        ItemLexicon.load(DataFile.resource("items.yaml")),
        CueLexicon.load(DataFile.resource("cues.yaml")),
        HedgeLexicon.load(DataFile.resource("hedges.yaml")),
        ActorBook.load(DataFile.resource("actors.yaml")),
        HeadingCues.load(DataFile.resource("headings.yaml")));
  }
}
