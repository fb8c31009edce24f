package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.OutlineNode;

/**
 * Finds events sentence by sentence. A trigger makes an event when it is not inside a quotation
 * and not weighed or proposed (가능성, 경우, 필요, could) unless its date is already past. A Korean noun trigger
 * counts when it carries the predicate (정상회담을 가짐, 파견.) or has its own date (지난해 2월 침공).
 */
final class EventFinder {
  /** A Korean predicate joined to the next clause without tense: its modality is the sentence's. */
  private static final Pattern CONNECTIVE = Pattern.compile(
      "(?:을|를)?\\s*(?:하고|해\\s*,|해\\s|하여|해서|하며|하면서)(?s:.*)");

  /** A subject particle, perhaps after a title: "쇼이구 장관이", "윤석열 대통령이". */
  private static final Pattern SUBJECT = Pattern.compile("(?:\\s?[가-힣]{1,6})?[은는이가도]\\s");
  /** How close after a trigger a weighing word governs it (을 검토 중, 을 개최하는 방안). */
  private static final int GOVERNS = 12;
  /** How far before a noun trigger its own date may stand (지난 3월 북한 해커단체들의 … 해킹). */
  private static final int NOUN_DATE_REACH = 30;
  /** A day counted from the event told before: "the next day", "a day later", 이튿날, 다음날. */
  static final Pattern NEXT_DAY = Pattern.compile(
      "\\b(?:the (?:next|following) day|a day later|the day after)\\b|이튿날|다음\\s?날|하루\\s?뒤|하루\\s?후",
      Pattern.CASE_INSENSITIVE);
  /** A wire's closing credit: "Koval reported from Kyiv. Lee contributed from Seoul." */
  static final Pattern CREDIT_LINE = Pattern.compile(
      "\\b(?:reported|contributed(?: reporting)?|wrote|reporting by [^.]{1,40}?) from\\b");
  /** The particle between a place and the verb that goes there. */
  private static final Pattern PLACE_PARTICLE = Pattern.compile("(?:을|를|에|으로|로)\\s*");
  /** A noun as the object of the verb right after it: "출범을 (공식) 선언했다". */
  private static final Pattern OBJECT = Pattern.compile("(?:을|를)\\s*(?:[가-힣]{1,4}\\s+)?");
  /** What makes a noun the occasion of the verb before it: "for his previous summit". */
  private static final Pattern OCCASION = Pattern.compile(
      "\\b(?:for|during|at|on the sidelines of)\\s+(?:a|an|the|his|her|their|its)?\\s*(?:[\\w-]+\\s+)?$");
  /** A finite verb of what is said: "said North Korea has shipped … since September". */
  private static final Pattern AUXILIARY = Pattern.compile(
      "\\b(?:has|have|had|was|were|is|are|will|would)\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<CueKind> TRANSFER_CUES =
      EnumSet.of(CueKind.GIVE, CueKind.RECEIVE, CueKind.HELP, CueKind.MUTUAL);
  /** Commentary, not a happening: "appears to have opened the door" (not "is believed to"). */
  static final Pattern HEDGED = Pattern.compile(
      "\\b(?:appears?|appeared|seems?|seemed) to\\b",
      Pattern.CASE_INSENSITIVE);

  private final DocumentView view;
  private final FactLexicon lexicon;
  private final NewsDay newsDay;

  EventFinder(DocumentView view) {
    this.view = view;
    this.lexicon = view.lexicon();
    this.newsDay = new NewsDay(view);
  }

  /** Events dated only by a parenthesis after their noun: a mention of an occasion the text may
   * tell in full elsewhere, so they come last and the merger keeps the full telling. */
  private final Set<Event> bracketDated = java.util.Collections.newSetFromMap(
      new java.util.IdentityHashMap<>());

  /** The events of the sentence read last: what a continuing sentence (당시 …) goes on with. */
  private List<Event> previous = List.of();

  List<Event> find() {
    List<Event> out = new ArrayList<>();
    for (SentenceView s : view.sentences) {
      if (!s.heading()) {
        List<Event> own = inSentence(s);
        out.addAll(own);
        previous = own;
      } else if (datedPoint(s)) {
        // 개조식 points are often whole sentences: "가. 국정원은 지난해 11월 23일 … 보고"
        inSentence(s).stream().filter(e -> e.date() != null).forEach(out::add);
      }
    }
    List<Event> ordered = new ArrayList<>(out.stream().filter(e -> !bracketDated.contains(e)).toList());
    out.stream().filter(bracketDated::contains).forEach(ordered::add);
    return ordered;
  }

  /** A point (가., ①) that is a dated sentence of its own, not a title. */
  private boolean datedPoint(SentenceView s) {
    if (view.spotsIn(s.start(), s.end()).stream().noneMatch(Spot::isDate)) {
      return false;
    }
    List<OutlineNode> path = view.path(s.start());
    return !path.isEmpty() && path.get(path.size() - 1).kind() == NodeKind.POINT;
  }

  private record Hit(Trigger trigger, int start, int end) {}

  List<Event> inSentence(SentenceView s) {
    List<Hit> hits = hits(s);
    DateChooser dates = new DateChooser(view, s);
    List<Event> out = new ArrayList<>();
    // what is reported takes its dates before the reporting verb does: in "국정원은 9월 4일 … 지난
    // 7월 방북 때 …" the visit is July's, the briefing September's
    List<Hit> order = new ArrayList<>(hits);
    // English is the other way round: "told lawmakers on Oct. 30 that Pyongyang had deployed"
    // dates the telling, and the reporting verb only takes a date right after it
    Map<Hit, Integer> rank = new HashMap<>();
    for (Hit h : hits) {
      rank.put(h, !h.trigger().reporting() ? 1 : !isKorean(h) && ownDateAfter(h, s, hits)
          || isKorean(h) && ReportedContent.speakerFirst(view, s, h.start(),
              hits.stream().map(Hit::start).toList()) ? 0 : 2);
    }
    order.sort(Comparator.comparingInt(rank::get));
    for (Hit h : order) {
      if (view.marks.quoted(h.start())) {
        continue;
      }
      boolean korean = isKorean(h);
      if (korean ? !h.trigger().verbal() && KoreanNounPredicate.subjectMatter(view.text, h.end(), s.end())
          : hedged(h, s)) {
        continue;
      }
      boolean predicate = h.trigger().verbal() || korean
          && KoreanNounPredicate.carries(view.text, h.end(), s.end(), h.trigger().type());
      List<Spot> when = predicate
          ? dates.forPredicate(h.start(), korean ? Integer.MAX_VALUE : reach(h, s, hits),
              h.trigger().reporting() && !korean, !h.trigger().needsDate())
          : dates.forNoun(h.start(), !korean, floor(h, hits),
              !korean && view.text.charAt(h.end() - 1) == 's');
      Spot bracket = korean && !h.trigger().verbal() ? BracketDate.after(view, h.end(), s.end()) : null;
      if (bracket != null && (when.isEmpty() || when.get(0).start() < s.clauseStart(h.start()))) {
        when = List.of(bracket); // "거부권 행사(2024년 3월 28일)": the noun's own date
      }
      if (korean && h.trigger().reporting() && !when.isEmpty() && ReportedContent.dates(view, when.get(0), s.start(), h.start())) {
        when = List.of();
      }
      if (korean && predicate && h.trigger().reporting() && when.isEmpty()) {
        when = dates.setting(h.start()).stream() // not a date of what is reported (…열었다고 보도)
            .filter(d -> !ReportedContent.between(view, d.end(), h.start())).toList();
        if (when.isEmpty() && occasionBefore(h, s, hits)) { // "19일 기자들과 만나 "…"고 말했다"
          when = dates.takenBefore(h.start(), s.clauseStart(h.start()));
        }
      }
      if (!korean && when.isEmpty() && (predicate ? participle(h) : occasion(h, s))) {
        when = dates.takenBefore(h.start(), predicate ? s.start() : s.clauseStart(h.start()));
      }
      // an undated predicate: "the next day" counts from the last dated event; else a past-tense
      // event of a news report happened on the dateline's day
      PartialDate day = null;
      if (predicate && !when.isEmpty() && when.get(0) == s.lead() && s.lead().start() < s.start()) {
        day = nextDay(h, s); // "가. 11월 21일 발사" then "ㅇ 이튿날 … 발표": the day after the point's
        if (day != null) {
          when = List.of();
        }
      }
      if (predicate && when.isEmpty() && day == null) {
        day = nextDay(h, s);
        if (day == null && korean && Continuation.opens(view.text, s.start(), s.end())) {
          day = Continuation.dayOf(previous);
        }
        if (day == null
            && (korean || !h.trigger().needsDate() || h.trigger().type() == EventType.REPORT)) {
          day = newsDay.of(s, h.start(), h.end(), h.trigger().reporting());
        } else if (day == null && namedSpeaker(h)) {
          day = newsDay.of(s, h.start(), h.end(), false); // "…, when Seoul accused": not today
        }
      }
      if (!predicate && when.isEmpty() || h.trigger().needsDate() && when.isEmpty() && day == null) {
        continue;
      }
      Set<CueKind> mood = mood(h, s, korean);
      boolean past = when.stream().map(DateChooser::value)
          .anyMatch(d -> d != null && view.date != null && d.last().isBefore(view.date.first()));
      // a past date outweighs a weighing word further on (…방문하고 … 비판할 필요, 폭로한 점에
      // 주목할 필요), not a possibility that governs the trigger itself (방문을 검토 중)
      boolean governed = view.cues.kinds(h.end(),
          Math.min(s.end(), h.end() + GOVERNS)).stream()
          .anyMatch(k -> k == CueKind.POSSIBLE || k == CueKind.HYPOTHETICAL);
      if (mood.stream().anyMatch(CueKind::irrealis)
          && (!past || governed || mood.contains(CueKind.HYPOTHETICAL))) {
        continue;
      }
      // a plan is not a past event ("방한할 예정", "plans to visit"); the contract's events are
      // what happened, and a planned exchange keeps its PLANNED status there
      if (mood.contains(CueKind.FUTURE) && !past) {
        continue;
      }
      dates.consume(when);
      List<PartialDate> values = when.stream().map(DateChooser::value).toList();
      if (values.isEmpty()) {
        values = new ArrayList<>();
        values.add(day);
      }
      for (PartialDate d : values) {
        Event e = event(h, s, d, mood);
        out.add(e);
        if (bracket != null && !when.isEmpty() && when.get(0) == bracket) {
          bracketDated.add(e);
        }
      }
    }
    return out;
  }

  private List<Hit> hits(SentenceView s) {
    List<Hit> all = new ArrayList<>();
    List<int[]> credits = view.matches(CREDIT_LINE, s.start(), s.end());
    for (TriggerLexicon.Match m : view.triggers.find(s.start(), s.end(), t -> true)) {
      boolean credit = credits.stream().anyMatch(c -> c[0] <= m.start() && m.start() < c[1]);
      if (!credit && (!m.trigger().afterPlace() || placeEndsAt(m.start()))) {
        all.add(new Hit(m.trigger(), m.start(), m.end()));
      }
    }
    all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
    List<Hit> kept = new ArrayList<>();
    int reach = -1;
    for (Hit h : all) {
      if (h.start() >= reach) {
        kept.add(h);
        reach = h.end();
      }
    }
    return kept;
  }

  /**
   * "Kim told", "Putin said", "Seoul voiced concern": a speech verb right after the actor who
   * speaks, not "analysts said" or "officials said", which a wire may attribute to no day.
   */
  private boolean namedSpeaker(Hit h) {
    return view.spotsIn(Math.max(0, h.start() - 60), h.start()).stream().anyMatch(p ->
        h.start() - p.end() <= 1 && (p.isActor() || p.isCapitalActor(view.text))
            && !view.marks.quoted(p.start()));
  }

  /** ", announcing new sanctions": a participle after a comma tells the main verb's occasion. */
  private boolean participle(Hit h) {
    int end = h.start();
    while (end < h.end() && !Character.isWhitespace(view.text.charAt(end))) {
      end++;
    }
    int before = h.start() - 1;
    while (before >= 0 && Character.isWhitespace(view.text.charAt(before))) {
      before--;
    }
    return view.text.startsWith("ing", end - 3) && before >= 0 && view.text.charAt(before) == ',';
  }

  /** "visited … last September for his previous summit": a noun naming the dated occasion. */
  private boolean occasion(Hit h, SentenceView s) {
    String before = view.text.substring(Math.max(s.start(), h.start() - 24), h.start());
    return OCCASION.matcher(before).find();
  }

  /**
   * A meeting earlier in the speech verb's clause, where it was said ("기자들과 만나 … 말했다"), or
   * the noun it declares ("출범을 선언했다"): the verb shares their date.
   */
  private boolean occasionBefore(Hit h, SentenceView s, List<Hit> hits) {
    int from = s.clauseStart(h.start());
    return hits.stream().anyMatch(o -> o.start() >= from && o.end() <= h.start()
        && !ReportedContent.closes(view, o.end(), h.start())
        && (o.trigger().type() == EventType.MEETING || o.trigger().type() == EventType.VISIT
            || OBJECT.matcher(view.text.substring(o.end(), h.start())).matches()));
  }

  /** A place named right before, with its particle: "평양을 찾았다", "원산에 도착해". */
  private boolean placeEndsAt(int at) {
    return view.spotsIn(Math.max(0, at - 40), at).stream().anyMatch(p ->
        (p.type() == EntityType.GPE || p.type() == EntityType.LOC || p.type() == EntityType.FAC)
            && PLACE_PARTICLE.matcher(view.text).region(p.end(), at).matches());
  }

  /**
   * Where an English predicate's own date may stand after it: its clause, up to the next event
   * word ("announced the capture on Saturday", but "said Pyongyang deployed troops in October"
   * dates the deployment).
   */
  private int reach(Hit h, SentenceView s, List<Hit> hits) {
    int to = s.end();
    for (Hit o : hits) {
      if (o.start() >= h.end()) {
        to = Math.min(to, o.start());
      }
    }
    for (CueLexicon.Found c : view.cues.find(h.end(), to, TRANSFER_CUES)) {
      to = Math.min(to, c.start());
    }
    // run on the window alone: these words are too common to sieve the whole text for
    Matcher aux = AUXILIARY.matcher(view.text).region(h.end(), to);
    return aux.find() ? aux.start() : to;
  }

  /**
   * When the trigger's clause says "the next day": the day after the last day named before it,
   * a heading's included ("가. 11월 21일 발사" then "ㅇ 이튿날 … 발표").
   */
  private PartialDate nextDay(Hit h, SentenceView s) {
    List<int[]> said = view.matches(NEXT_DAY, s.clauseStart(h.start()), s.clauseEnd(h.start()));
    if (said.isEmpty()) {
      return null;
    }
    List<Spot> before = view.spotsIn(0, said.get(0)[0]);
    for (int i = before.size() - 1; i >= 0; i--) {
      Spot d = before.get(i);
      PartialDate v = d.isDate() && !view.marks.quoted(d.start()) ? DateChooser.value(d) : null;
      if (v != null && v.precision() == PartialDate.Precision.DAY) {
        return PartialDate.of(v.first().plusDays(1));
      }
    }
    return null;
  }

  /** An English speech verb with its own date right after it: "told lawmakers on Oct. 30 that". */
  private boolean ownDateAfter(Hit h, SentenceView s, List<Hit> hits) {
    int to = Math.min(s.clauseEnd(h.start()), reach(h, s, hits));
    int that = view.text.substring(h.end(), to).indexOf(" that ");
    if (that >= 0) {
      to = h.end() + that;
    }
    return view.spotsIn(h.end(), to).stream().anyMatch(Spot::isDate);
  }

  /** A noun's date stands after the trigger before it, which claims what precedes it. */
  private static int floor(Hit h, List<Hit> hits) {
    int floor = h.start() - NOUN_DATE_REACH;
    for (Hit o : hits) {
      if (o.end() <= h.start()) {
        floor = Math.max(floor, o.end());
      }
    }
    return floor;
  }

  /**
   * The visitor: the actor marked as subject nearest before the trigger ("쇼이구 장관이 지난 7월
   * 방북", "윤석열 대통령이 … 키이우를 방문"), in English the one just before the verb.
   */
  private String visitor(Hit h, int from) {
    String found = null;
    for (Spot p : view.spotsIn(from, h.start())) {
      if (!p.isActor() || view.marks.quoted(p.start()) || p.insideVisitWord(view.text)) {
        continue;
      }
      String after = view.text.substring(p.end(), Math.min(h.start(), p.end() + 10));
      boolean subject = !isKorean(h) || SUBJECT.matcher(after).lookingAt();
      if (subject) {
        found = p.state() != null ? p.state() : p.id();
      }
    }
    return found;
  }

  private boolean isKorean(Hit h) {
    char c = view.text.charAt(h.start());
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /** An English trigger after "appears to", "seems to" in its clause: the author's reading. */
  private boolean hedged(Hit h, SentenceView s) {
    return !view.matches(HEDGED, Math.max(s.clauseStart(h.start()), h.start() - 30), h.start())
        .isEmpty();
  }

  /** Modality cues around a trigger: after it in Korean (to the clause end, or the sentence end
   * when the clause is joined without tense), before and after it in English. */
  private Set<CueKind> mood(Hit h, SentenceView s, boolean korean) {
    int clauseEnd = s.clauseEnd(h.start());
    Set<CueKind> kinds = new LinkedHashSet<>();
    if (korean) {
      String rest = view.text.substring(h.end(), clauseEnd);
      int to = CONNECTIVE.matcher(rest).matches() && rest.length() < 12 ? s.end() : clauseEnd;
      kinds.addAll(view.cues.kinds(h.end(), to));
    } else {
      int from = Math.max(s.clauseStart(h.start()), h.start() - 30);
      kinds.addAll(view.cues.kinds(from, h.start()));
      if (!h.trigger().reporting()) { // what follows "said that" is the content, not its mood
        kinds.addAll(view.cues.kinds(h.end(), clauseEnd));
      }
    }
    return kinds;
  }

  private Event event(Hit h, SentenceView s, PartialDate date, Set<CueKind> mood) {
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
}
