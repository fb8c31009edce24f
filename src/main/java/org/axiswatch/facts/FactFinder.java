package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.RepairedText;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.Sentence;

/**
 * The fact stage: events, exchanges and claims, each tied to the sentence it came from.
 *
 * <p>Requires the repaired text, sentences, outline, document info, mentions and entities; adds
 * {@link Event#KEY}, {@link Exchange#KEY} and {@link Claim#KEY}. The data files are read once,
 * at construction.
 */
public final class FactFinder implements Stage {
  private final FactLexicon lexicon;

  /** With the shipped data files; fails naming file and line when one is malformed. */
  public FactFinder() {
    this(FactLexicon.shipped());
  }

  FactFinder(FactLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(RepairedText.KEY, Sentence.KEY, Outline.KEY, DocumentInfo.KEY, Mention.KEY,
        Entity.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Event.KEY, Exchange.KEY, Claim.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument document) {
    DocumentView view = new DocumentView(document, lexicon);
    List<ExchangeFinder.Found> told = new ExchangeFinder(view).find();
    List<ExchangeFinder.Found> exchanges = ExchangeMerge.merge(told);
    List<Event> events = new ArrayList<>(new EventFinder(view).find());
    events.addAll(transfers(view, ExchangeMerge.firsts(told)));
    events = EventMerger.merge(events);
    // the contract's events are dated happenings, scored by date: one no date could be found for
    // stays a fact of its exchange or claim, not an event
    document.put(Event.KEY, events.stream().filter(e -> e.date() != null).toList());
    document.put(Exchange.KEY, exchanges.stream().map(ExchangeFinder.Found::exchange).toList());
    document.put(Claim.KEY, List.copyOf(new ClaimFinder(view).find(events)));
  }

  /**
   * A completed exchange, told by the author or by a source ("shipped …, officials said"), is also
   * a TRANSFER event (PLOVER AID), dated at its verb.
   */
  private static List<Event> transfers(DocumentView view, List<ExchangeFinder.Found> found) {
    List<Event> out = new ArrayList<>();
    NewsDay newsDay = new NewsDay(view);
    for (ExchangeFinder.Found f : found) {
      Exchange x = f.exchange();
      boolean happened = x.status() == ExchangeStatus.OCCURRED
          || x.status() == ExchangeStatus.REPORTED && f.done();
      if (!happened) {
        continue;
      }
      List<Spot> when = new DateChooser(view, f.sentence()).forPredicate(f.cueAt());
      PartialDate date = when.isEmpty()
          ? newsDay.of(f.sentence(), f.cueAt(), Math.min(f.sentence().end(), f.cueAt() + 20), false)
          : DateChooser.value(when.get(0));
      String context = switch (x.category()) {
        case CONVENTIONAL_ARMS, MILITARY_COOPERATION -> "military";
        case MISSILE_SPACE_TECHNOLOGY, NUCLEAR_TECHNOLOGY, SCIENCE_TECHNOLOGY -> "technology";
        case FOOD -> "human_security";
        default -> "economic";
      };
      out.add(new Event(EventType.TRANSFER, date, List.of(x.from(), x.to()), null, x.span(),
          x.text(), new Plover("AID", null, List.of(context))));
    }
    return out;
  }
}
