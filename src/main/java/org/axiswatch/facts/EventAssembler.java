package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;

/**
 * Makes the event of a trigger once its date and mood are known: its PLOVER code, the actors of
 * its clause (the visitor first) and its place.
 */
final class EventAssembler {
  /** A subject particle, perhaps after a title: "쇼이구 장관이", "윤석열 대통령이". */
  private static final Pattern SUBJECT = Pattern.compile("(?:\\s?[가-힣]{1,6})?[은는이가도]\\s");

  private final DocumentView view;

  EventAssembler(DocumentView view) {
    this.view = view;
  }

  Event event(TriggerHit h, SentenceView s, PartialDate date, Set<CueKind> mood) {
    Trigger t = h.trigger();
    List<String> context = new ArrayList<>(t.plover().context());
    boolean future = mood.contains(CueKind.FUTURE)
        || date != null && view.date != null && date.first().isAfter(view.date.last());
    if (future && !context.contains("future")) {
      context.add("future");
    }
    if ((mood.contains(CueKind.NEGATION) || mood.contains(CueKind.DENIAL))
        && !context.contains("negation")) {
      context.add("negation");
    }
    String category = t.plover().category();
    if (future && t.type() != EventType.EVENT && !"AGREE".equals(category)
        && List.of("CONSULT", "COOPERATE", "AID", "SUPPORT").contains(category)) {
      category = "AGREE"; // PLOVER: a future consult, cooperate, aid or support is an agreement
    }
    Plover plover = new Plover(category, t.plover().mode(), context);
    int from = s.clauseStart(h.start());
    int to = s.clauseEnd(h.start());
    List<String> actors = new ArrayList<>();
    String place = t.place();
    for (Spot p : view.spotsIn(from, to)) {
      if (view.marks.quoted(p.start()) || view.marks.bracketed(p.start())) {
        continue; // who is named in a quotation was spoken of; "(Reuters)" is the wire
      }
      if ((p.isActor() || p.isCapitalActor(view.text)) && !p.insideVisitWord(view.text)) {
        String id = p.state() != null ? p.state() : p.id();
        if (id != null && !actors.contains(id) && !id.equals(t.place())) {
          actors.add(id);
        }
      }
      if (place == null && (p.type() == EntityType.LOC || p.type() == EntityType.FAC)) {
        place = p.id();
      }
    }
    String visitor = t.type() == EventType.VISIT ? visitor(h, from) : null;
    if (visitor != null) {
      actors.remove(visitor);
      actors.add(0, visitor);
    }
    if (t.place() != null) {
      actors.add(t.place());
    }
    Span span = view.original(s.start(), s.end());
    String evidence = view.repaired.workingText(span);
    return new Event(t.type(), date, actors, place, span, evidence, plover);
  }

  /**
   * The visitor: the actor marked as subject nearest before the trigger ("쇼이구 장관이 지난 7월
   * 방북", "윤석열 대통령이 … 키이우를 방문"), in English the one just before the verb.
   */
  private String visitor(TriggerHit h, int from) {
    String found = null;
    for (Spot p : view.spotsIn(from, h.start())) {
      if (!p.isActor() || view.marks.quoted(p.start()) || p.insideVisitWord(view.text)) {
        continue;
      }
      String after = view.text.substring(p.end(), Math.min(h.start(), p.end() + 10));
      boolean subject = !h.korean(view.text) || SUBJECT.matcher(after).lookingAt();
      if (subject) {
        found = p.state() != null ? p.state() : p.id();
      }
    }
    return found;
  }
}
