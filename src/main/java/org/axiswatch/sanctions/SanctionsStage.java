package org.axiswatch.sanctions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.SourceDocument;

/**
 * The sanctions stage: a {@link Decision} for every exchange under the UN regime, and
 * {@link ScreeningHit}s for the document's people and organisations.
 *
 * <p>Reads {@link Exchange#KEY}, {@link Entity#KEY} and {@link Mention#KEY} with {@code find}, so it
 * runs (deciding nothing) before the facts and mentions stages exist; {@link #requires()} names
 * only the keys an earlier stage of the given pipeline adds.
 */
public final class SanctionsStage implements Stage {
  private final VerdictFinder verdicts;
  private final Screener screener;
  private final Set<Key<?>> requires;

  /**
   * @param regime the regime exchanges are decided against
   * @param screener the designation lists
   * @param requires keys an earlier stage adds, of {@link Exchange#KEY} and {@link Entity#KEY}
   */
  public SanctionsStage(Regime regime, Screener screener, Set<Key<?>> requires) {
    this.verdicts = new VerdictFinder(regime);
    this.screener = screener;
    this.requires = Set.copyOf(requires);
  }

  /**
   * The standard stage with the shipped UN regime and the lists in force (shipped plus imported
   * into the data directory). It requires exchanges and entities only if one of the {@code earlier}
   * stages adds them, so wiring stays valid before and after the facts stage lands.
   */
  public static SanctionsStage after(List<Stage> earlier) {
    Set<Key<?>> needed = new java.util.HashSet<>();
    for (Stage st : earlier) {
      needed.addAll(st.adds());
    }
    needed.retainAll(Set.of(Exchange.KEY, Entity.KEY));
    try {
      List<ListedEntry> lists = new ListStore(ListStore.dataDir(null)).entries();
      return new SanctionsStage(RegimeReader.shipped().get("UN"), new Screener(lists), needed);
    } catch (UnListReader.BadListException | java.io.IOException e) {
      throw new IllegalStateException("designation lists: " + e.getMessage(), e);
    }
  }

  @Override
  public Set<Key<?>> requires() {
    return requires;
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Decision.KEY, ScreeningHit.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument doc) {
    List<Exchange> exchanges = doc.find(Exchange.KEY).orElse(List.of());
    List<Entity> entities = doc.find(Entity.KEY).orElse(List.of());
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

  /** Hits for PERSON and ORG entities, with position words found next to their mentions. */
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
      ScreeningSubject s = new ScreeningSubject(names, kind, null, null,
          TitleContext.around(e.id(), mentions, text));
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
