package org.axiswatch.facts;

import java.util.List;
import org.axiswatch.pipeline.AnalyzedDocument;

/** Runs the fact stage on a hand-built document (one shared lexicon for all tests). */
final class FactProbe {
  static final FactFinder STAGE = new FactFinder();

  private FactProbe() {}

  static AnalyzedDocument run(FactDoc doc) {
    AnalyzedDocument d = doc.build();
    STAGE.annotate(d);
    return d;
  }

  static List<Event> events(FactDoc doc) {
    return run(doc).get(Event.KEY);
  }

  static List<Exchange> exchanges(FactDoc doc) {
    return run(doc).get(Exchange.KEY);
  }

  static List<Claim> claims(FactDoc doc) {
    return run(doc).get(Claim.KEY);
  }
}
