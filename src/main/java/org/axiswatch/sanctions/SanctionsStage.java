package org.axiswatch.sanctions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Gazetteer;
import org.axiswatch.mentions.GazetteerEntry;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.SourceDocument;

/**
 * The sanctions stage: a {@link Decision} for every exchange under the UN regime, and
 * {@link ScreeningHit}s for the document's people and organisations.
 *
 * <p>Requires exchanges and entities; reads mentions and the source text, where present, for the
 * position words next to a name.
 */
public final class SanctionsStage implements Stage {
  private final VerdictFinder verdicts;
  private final Screener screener;
  private final Gazetteer gazetteer;

  /**
   * @param regime the regime exchanges are decided against
   * @param screener the designation lists
   * @param requires keys an earlier stage adds, of {@link Exchange#KEY} and {@link Entity#KEY}
   */
  public SanctionsStage(Regime regime, Screener screener) {
    this(regime, screener, null);
  }

  /**
   * @param gazetteer where a known entity's birth year, nationality and position come from, so a
   *     namesake with another birth year or state scores lower; null to screen by names and the
   *     document's title words only
   */
  public SanctionsStage(Regime regime, Screener screener, Gazetteer gazetteer) {
    this.verdicts = new VerdictFinder(regime);
    this.screener = screener;
    this.gazetteer = gazetteer;
  }

  /**
   * The standard stage with the shipped UN regime and the lists in force (shipped plus imported
   * into the data directory).
   */
  public static SanctionsStage standard() {
    try {
      List<ListedEntry> lists = new ListStore(ListStore.dataDir(null)).entries();
      return new SanctionsStage(RegimeReader.shipped().get("UN"), new Screener(lists),
          Gazetteer.standard());
    } catch (UnListReader.BadListException | java.io.IOException e) {
      throw new IllegalStateException("designation lists: " + e.getMessage(), e);
    }
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Exchange.KEY, Entity.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Decision.KEY, ScreeningHit.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument doc) {
    List<Exchange> exchanges = doc.get(Exchange.KEY);
    List<Entity> entities = doc.get(Entity.KEY);
    doc.put(Decision.KEY, decide(exchanges, entities));
    String text = doc.find(SourceDocument.KEY).map(SourceDocument::original).orElse("");
    doc.put(ScreeningHit.KEY, screen(entities, doc.find(Mention.KEY).orElse(List.of()), text));
  }

  /** One decision per exchange, in order. */
  public List<Decision> decide(List<Exchange> exchanges, List<Entity> entities) {
    Map<String, String> codes = new HashMap<>();
    for (Entity e : entities) {
      if (e.code() != null) {
        codes.put(e.id(), e.code());
      }
    }
    List<Decision> out = new ArrayList<>();
    for (int i = 0; i < exchanges.size(); i++) {
      Exchange x = exchanges.get(i);
      VerdictFinder.Answer a = verdicts.decide(new VerdictFinder.Question(x.category(),
          code(x.from(), codes), code(x.to(), codes), x.item(), x.text(), x.quantity()));
      List<Citation> cites = a.engaged().stream().map(e -> new Citation(
          e.provision().resolution(), e.provision().paragraph(),
          e.rule().why() + " [" + e.rule().verdict() + "; status " + e.provision().status() + "]"))
          .toList();
      out.add(new Decision(i, a.verdict(), cites, a.why()));
    }
    return out;
  }

  /**
   * Hits for PERSON and ORG entities, with position words found next to their mentions and, for
   * entities the gazetteer knows, its birth year, nationality and position.
   */
  public List<ScreeningHit> screen(List<Entity> entities, List<Mention> mentions, String text) {
    List<ScreeningHit> out = new ArrayList<>();
    for (Entity e : entities) {
      ListedEntry.Kind kind = e.type() == EntityType.PERSON ? ListedEntry.Kind.INDIVIDUAL
          : e.type() == EntityType.ORG ? ListedEntry.Kind.ENTITY : null;
      if (kind == null) {
        continue;
      }
      List<String> names = new ArrayList<>(e.names());
      names.add(0, e.name());
      List<String> position = new ArrayList<>(TitleContext.around(e.id(), mentions, text));
      Integer born = null;
      String nationality = null;
      GazetteerEntry known = gazetteer == null ? null : gazetteer.get(e.id());
      if (known != null) {
        nationality = gazetteer.nationality(e.id());
        if (known.person() != null) {
          born = known.person().birthYear();
          if (known.person().position() != null) {
            position.add(known.person().position());
          }
        }
      }
      ScreeningSubject s = new ScreeningSubject(names, kind, born, nationality, position);
      for (ScreeningResult r : screener.screen(s)) {
        if (r.match()) {
          out.add(new ScreeningHit(e.id(), r.entry().list(), r.entry().ref(),
              r.entry().listedName(), r.score(), r.why()));
        }
      }
    }
    return out;
  }

  /** An entity id's alpha-3: its entity's code, or the id itself when it is one (states' ids are). */
  private static String code(String id, Map<String, String> codes) {
    String c = codes.get(id);
    return c != null ? c : id.matches("[A-Z]{3}") ? id : null;
  }
}
