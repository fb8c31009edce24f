package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.OutlineNode;

/**
 * Finds events sentence by sentence. A trigger makes an event when it is not inside a quotation
 * and not weighed or proposed (가능성, 경우, 필요, could) unless its date is already past. A Korean noun trigger
 * counts when it carries the predicate (정상회담을 가짐, 파견.) or has its own date (지난해 2월 침공).
 */
final class EventFinder {

  /** How close after a trigger a weighing word governs it (을 검토 중, 을 개최하는 방안). */
  private static final Continuation CONTINUATION = Continuation.shipped();
  private static final int GOVERNS = 12;
  /** How far before a noun trigger its own date may stand (지난 3월 북한 해커단체들의 … 해킹). */
  private static final int NOUN_DATE_REACH = 30;
  /** A day counted from the event told before: "the next day", "a day later", 이튿날, 다음날. */
  static final Pattern NEXT_DAY = Pattern.compile(
      "\\b(?:the (?:next|following) day|a day later|the day after)\\b|이튿날|다음\\s?날|하루\\s?뒤|하루\\s?후",
      Pattern.CASE_INSENSITIVE);
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

  private final DocumentView view;
  private final FactLexicon lexicon;
  private final NewsDay newsDay;
  private final EventMood moods;
  private final EventAssembler assembler;

  EventFinder(DocumentView view) {
    this.view = view;
    this.lexicon = view.lexicon();
    this.newsDay = new NewsDay(view);
    this.moods = new EventMood(view);
    this.assembler = new EventAssembler(view);
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

  List<Event> inSentence(SentenceView s) {
    List<TriggerHit> hits = TriggerHit.in(view, s);
    DateChooser dates = new DateChooser(view, s);
    List<Event> out = new ArrayList<>();
    // what is reported takes its dates before the reporting verb does: in "국정원은 9월 4일 … 지난
    // 7월 방북 때 …" the visit is July's, the briefing September's
    List<TriggerHit> order = new ArrayList<>(hits);
    // English is the other way round: "told lawmakers on Oct. 30 that Pyongyang had deployed"
    // dates the telling, and the reporting verb only takes a date right after it
    Map<TriggerHit, Integer> rank = new HashMap<>();
    for (TriggerHit h : hits) {
      rank.put(h, !h.trigger().reporting() ? 1 : !h.korean(view.text) && ownDateAfter(h, s, hits)
          || h.korean(view.text) && ReportedContent.speakerFirst(view, s, h.start(),
              hits.stream().map(TriggerHit::start).toList()) ? 0 : 2);
    }
    order.sort(Comparator.comparingInt(rank::get));
    for (TriggerHit h : order) {
      Spot quotedDate = view.marks.quoted(h.start()) ? QuotedFact.date(view, s, h) : null;
      if (view.marks.quoted(h.start()) && quotedDate == null) {
        continue;
      }
      boolean korean = h.korean(view.text);
      if (korean ? !h.trigger().verbal() && KoreanNounPredicate.subjectMatter(view.text, h.end(), s.end())
          : moods.hedged(h, s)) {
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
        if (day == null && CONTINUATION.opens(view.text, s.start(), s.end())) {
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
      Set<CueKind> mood = moods.of(h, s, korean);
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
      if (quotedDate != null) {
        when = List.of(quotedDate);
      }
      when = DateSeries.around(view, s, when, korean);
      dates.consume(when);
      List<PartialDate> values = when.stream().map(DateChooser::value).toList();
      if (values.isEmpty()) {
        values = new ArrayList<>();
        values.add(day);
      }
      for (PartialDate d : values) {
        Event e = assembler.event(h, s, d, mood);
        out.add(e);
        if (bracket != null && !when.isEmpty() && when.get(0) == bracket) {
          bracketDated.add(e);
        }
      }
    }
    return out;
  }

  /**
   * "Kim told", "Putin said", "Seoul voiced concern": a speech verb right after the actor who
   * speaks, not "analysts said" or "officials said", which a wire may attribute to no day.
   */
  private boolean namedSpeaker(TriggerHit h) {
    return view.spotsIn(Math.max(0, h.start() - 60), h.start()).stream().anyMatch(p ->
        h.start() - p.end() <= 1 && (p.isActor() || p.isCapitalActor(view.text))
            && !view.marks.quoted(p.start()));
  }

  /** ", announcing new sanctions": a participle after a comma tells the main verb's occasion. */
  private boolean participle(TriggerHit h) {
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
  private boolean occasion(TriggerHit h, SentenceView s) {
    String before = view.text.substring(Math.max(s.start(), h.start() - 24), h.start());
    return OCCASION.matcher(before).find();
  }

  /**
   * A meeting earlier in the speech verb's clause, where it was said ("기자들과 만나 … 말했다"), or
   * the noun it declares ("출범을 선언했다"): the verb shares their date.
   */
  private boolean occasionBefore(TriggerHit h, SentenceView s, List<TriggerHit> hits) {
    int from = s.clauseStart(h.start());
    return hits.stream().anyMatch(o -> o.start() >= from && o.end() <= h.start()
        && !ReportedContent.closes(view, o.end(), h.start())
        && (o.trigger().type() == EventType.MEETING || o.trigger().type() == EventType.VISIT
            || OBJECT.matcher(view.text.substring(o.end(), h.start())).matches()));
  }

  /**
   * Where an English predicate's own date may stand after it: its clause, up to the next event
   * word ("announced the capture on Saturday", but "said Pyongyang deployed troops in October"
   * dates the deployment).
   */
  private int reach(TriggerHit h, SentenceView s, List<TriggerHit> hits) {
    int to = s.end();
    for (TriggerHit o : hits) {
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
  private PartialDate nextDay(TriggerHit h, SentenceView s) {
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
  private boolean ownDateAfter(TriggerHit h, SentenceView s, List<TriggerHit> hits) {
    int to = Math.min(s.clauseEnd(h.start()), reach(h, s, hits));
    int that = view.text.substring(h.end(), to).indexOf(" that ");
    if (that >= 0) {
      to = h.end() + that;
    }
    return view.spotsIn(h.end(), to).stream().anyMatch(Spot::isDate);
  }

  /** A noun's date stands after the trigger before it, which claims what precedes it. */
  private static int floor(TriggerHit h, List<TriggerHit> hits) {
    int floor = h.start() - NOUN_DATE_REACH;
    for (TriggerHit o : hits) {
      if (o.end() <= h.start()) {
        floor = Math.max(floor, o.end());
      }
    }
    return floor;
  }
}
