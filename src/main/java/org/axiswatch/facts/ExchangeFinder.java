package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Span;

/**
 * Finds exchanges: an item word (items.yaml) tied to a transfer verb (지원, 제공, supplied) or an
 * item that is an exchange by itself (합동군사훈련). Each item of an enumeration ("포탄 및 야포,
 * 미사일 등 … 공급", "△식량 지원 및 北 노동자 파견") becomes its own exchange, its sides decided by
 * {@link Parties} and its status by the modality around it. Merged by (from, to, category).
 */
final class ExchangeFinder {
  /** Where an item's phrase cannot reach across: list marks, purpose clauses, sentence ends. */
  private static final Pattern HARD_BREAK = Pattern.compile("[△▲※☞•]|위해|\\.\\s|;");
  private static final Pattern IN_RETURN = Pattern.compile("in (?:exchange|return) for");
  /** English transfers only mooted ("if Seoul were to supply", "would consider sending"). */
  private static final WeighedTransfers WEIGHED = WeighedTransfers.shipped();
  private static final int KOREAN_REACH = 30;
  private static final int ENGLISH_REACH = 45;
  private static final int MARKER_REACH = 12;
  private static final int LOOK_BACK = 300;
  private static final Set<CueKind> TRANSFER =
      EnumSet.of(CueKind.GIVE, CueKind.HELP, CueKind.RECEIVE, CueKind.MUTUAL, CueKind.BUILD);
  /** What a heading's cooperation word needs after it to be more than a topic. */
  private static final Set<CueKind> HAPPENS =
      EnumSet.of(CueKind.CONDUCT, CueKind.AGREED, CueKind.FUTURE, CueKind.OCCURRED);

  private final DocumentView view;
  private final FactLexicon lexicon;
  private final Parties parties;
  private final ItemContext words;

  ExchangeFinder(DocumentView view) {
    this.view = view;
    this.lexicon = view.lexicon();
    this.parties = new Parties(view);
    this.words = new ItemContext(view.text);
  }

  /** An exchange with the cue that made it, so a TRANSFER event can be dated at the verb. */
  record Found(Exchange exchange, SentenceView sentence, int cueAt, boolean done, boolean mutual) {}

  /** Every telling, sentence by sentence; {@link ExchangeMerge} makes one of each exchange. */
  List<Found> find() {
    List<Found> out = new ArrayList<>();
    for (SentenceView s : view.sentences) {
      out.addAll(inSentence(s));
    }
    return out;
  }

  List<Found> inSentence(SentenceView s) {
    List<ItemLexicon.Found> items = BareTroops.with(view, s, view.items.find(s.start(), s.end()));
    List<CueLexicon.Found> cues = view.cues.find(s.start(), s.end(), TRANSFER);
    List<Found> out = new ArrayList<>();
    List<Integer> cueEnds = new ArrayList<>();
    ItemLexicon.Found previous = null;
    CueLexicon.Found previousCue = null;
    for (ItemLexicon.Found item : items) {
      int phraseFloor = s.start();
      for (int e : cueEnds) {
        if (e <= item.start()) {
          phraseFloor = Math.max(phraseFloor, e);
        }
      }
      if (words.route(item) || inPlaceName(item)) {
        continue; // the port of "Vostochny port", the 기지 of 보스토치니 우주기지 are names
      }
      CueLexicon.Found cue = cueOf(s, item, cues);
      if (!s.korean() && previousCue != null && (words.listed(previous, item)
          || cue == null && EnglishObjects.example(view.text, item, s.start()))) {
        cue = previousCue; // "provided military technology, oil and hard currency", "including"
      }
      if (cue != null) {
        previous = item;
        previousCue = cue;
      }
      if (cue == null && !item.term().self()
          || item.term().self() && view.spotsIn(s.start(), s.end()).stream()
              .noneMatch(p -> p.state() != null)
          || topicOnly(s, item, cue) || words.recipient(item, cue)
          || WEIGHED.weighed(view, s, cue)) {
        continue; // an exchange by itself still needs a named party; a title only a topic
      }
      int cueEnd = cue == null ? item.end() : Math.max(cue.end(), item.end());
      if (curtailed(cueEnd, s) || KoreanTransferLimits.noExchange(view, s, item, cue)) {
        continue;
      }
      int enumerationStart = Math.max(phraseFloor, breakBefore(s, item.start()));
      int phraseStart = Math.max(enumerationStart, item.start() - MARKER_REACH);
      int phraseEnd = s.korean() ? cueEnd : Math.min(s.end(), Math.max(cueEnd, item.end()) + 25);
      ExchangeCategory category = category(item, items, s);
      // named as technology ("ballistic missile … technology") it travels as technology does
      // and troops trained travel the other way from troops sent: the trainer gives
      ItemLexicon.Found asItem = category != item.term().category()
          && (isTechnology(category) || category == item.term().technology())
          || trains(cue) && item.term().direction() == ItemTerm.Direction.FROM_DPRK
          ? new ItemLexicon.Found(item.term().travelling(ItemTerm.Direction.TO_DPRK), item.start(),
              item.end()) : item;
      Parties.Ends ends = parties.resolve(s, asItem, cue, Math.min(enumerationStart, phraseStart),
          phraseStart, phraseEnd);
      if (cue != null) {
        cueEnds.add(cue.end());
      }
      Found given = givenInReturn(s, item, cues, out);
      if (given != null) { // "shipped shells to Moscow in exchange for food": food flows back
        ends = new Parties.Ends(given.exchange().to(), given.exchange().from());
      }
      if (ends == null) {
        continue;
      }
      ExchangeStatus status = status(s, item, cue);
      Span span = view.original(s.start(), s.end());
      String evidence = view.repaired.workingText(span);
      // troops trained are named with the training ("training of North Korean soldiers")
      String name = trains(cue) && asItem != item
          ? view.text.substring(Math.min(cue.start(), item.start()), Math.max(cue.end(), item.end()))
          : view.text.substring(item.start(), item.end());
      boolean mutual = item.term().direction() == ItemTerm.Direction.MUTUAL;
      List<String> receivers = new ArrayList<>(List.of(ends.to()));
      if (s.korean() && !mutual) { // "중국과 러시아에 … 파견": one exchange for each
        receivers.addAll(CoordinatedStates.alongside(view, s, ends.to(), ends.from()));
      }
      for (String to : receivers) {
        out.add(new Found(new Exchange(ends.from(), to, category, name, status,
            quantity(cue != null && cue.end() <= item.start() ? Math.min(cue.end(), phraseStart)
                : phraseStart, Math.min(s.end(), cueEnd + 15)), span, evidence), s,
            cue == null ? item.start() : cue.start(), done(s, item, cue), mutual));
      }
    }
    return out;
  }

  /**
   * The exchange of the same sentence that "in exchange for" or "in return for" answers, for an
   * item of the list after it ("in exchange for food, energy and help with its satellites"), or
   * null. A giving or receiving verb between the phrase and the item starts another exchange.
   */
  private Found givenInReturn(SentenceView s, ItemLexicon.Found item, List<CueLexicon.Found> cues,
      List<Found> sentenceSoFar) {
    CueLexicon.Found phrase = null;
    for (CueLexicon.Found c : cues) {
      if (c.end() <= item.start() && unbroken(c.end(), item.start())
          && IN_RETURN.matcher(view.text.substring(c.start(), c.end())).matches()) {
        phrase = c;
      }
    }
    if (phrase == null) {
      return null;
    }
    for (CueLexicon.Found c : cues) {
      if (c.start() >= phrase.end() && c.end() <= item.start()
          && (c.kind() == CueKind.GIVE || c.kind() == CueKind.RECEIVE)) {
        return null;
      }
    }
    Found given = null;
    for (Found f : sentenceSoFar) {
      if (f.cueAt() < phrase.start()) {
        given = f;
      }
    }
    return given;
  }

  /** "Moscow was training the soldiers", "북한군을 훈련시키고": a verb of training. */
  private boolean trains(CueLexicon.Found cue) {
    // the verb alone: "trains carrying shells" is a means of transport, not a training
    return cue != null && (view.text.regionMatches(true, cue.start(), "train", 0, 5)
        && view.text.substring(cue.start(), cue.end()).indexOf(' ') < 0
        || view.text.startsWith("훈련", cue.start())
        || view.text.startsWith("교육", cue.start()));
  }

  /**
   * A heading or a title that only names a cooperation ("북·러 불법 군사협력 현황", "North
   * Korea–Russia Military Cooperation") states a topic: it needs a transfer verb, or a predicate
   * after the item (실시, 합의, held), to be an exchange.
   */
  private boolean topicOnly(SentenceView s, ItemLexicon.Found item, CueLexicon.Found cue) {
    boolean topic = s.heading() || s.start() >= view.title[0] && s.end() <= view.title[1];
    if (!topic || cue != null && cue.kind() != CueKind.MUTUAL) {
      return false;
    }
    int from = cue == null ? item.end() : Math.max(item.end(), cue.end());
    return view.cues.find(from, s.end(), HAPPENS).isEmpty();
  }

  /** Korean: the first transfer verb at or after the item, near and unbroken. English: the
   * nearest verb before it in reach, else the first after it. A building verb only for works. */
  private CueLexicon.Found cueOf(SentenceView s, ItemLexicon.Found item, List<CueLexicon.Found> all) {
    List<CueLexicon.Found> cues = item.term().category()
        == ExchangeCategory.JOINT_VENTURE_INFRASTRUCTURE ? all
        : all.stream().filter(c -> c.kind() != CueKind.BUILD).toList();
    if (s.korean()) {
      for (CueLexicon.Found c : cues) {
        if (c.start() >= item.start() && c.end() > item.start() + 1
            && c.start() - item.end() <= KOREAN_REACH && unbroken(item.end(), c.start())) {
          return c;
        }
      }
      return AdnominalCue.before(view.text, item, cues);
    }
    CueLexicon.Found before = null;
    for (CueLexicon.Found c : cues) {
      if (c.end() <= item.start() && item.start() - c.end() <= ENGLISH_REACH
          && (c.start() >= s.clauseStart(item.start())
              || EnglishObjects.afterAside(view.text, c, item))
          && unbroken(c.end(), item.start())) {
        before = c;
      }
    }
    if (before != null) {
      return before;
    }
    for (CueLexicon.Found c : cues) {
      if (c.start() >= item.end() && c.start() - item.end() <= KOREAN_REACH
          && unbroken(item.end(), c.start()) && !EnglishObjects.ownVerbAfter(view.text, item, c)) {
        return c;
      }
    }
    return null;
  }

  private boolean inPlaceName(ItemLexicon.Found item) {
    return view.spotsIn(Math.max(0, item.start() - 60), view.text.length()).stream()
        .takeWhile(p -> p.start() <= item.start()).anyMatch(p -> p.start() <= item.start()
        && p.end() >= item.end() && (p.type() == EntityType.LOC || p.type() == EntityType.FAC));
  }

  private boolean unbroken(int from, int to) {
    return from >= to || !HARD_BREAK.matcher(view.text.substring(from, to)).find();
  }

  private int breakBefore(SentenceView s, int at) {
    int floor = s.start();
    var m = HARD_BREAK.matcher(view.text).region(s.start(), at);
    while (m.find()) {
      floor = m.end();
    }
    return floor;
  }

  /** "공급량이나 식량지원 물량 조절 또는 중단": a cut to an exchange is not one. */
  private boolean curtailed(int cueEnd, SentenceView s) {
    int to = Math.min(s.end(), cueEnd + 15);
    return !view.cues.find(cueEnd, to, EnumSet.of(CueKind.CURTAIL)).isEmpty();
  }

  /**
   * The item's category; named as technology ("미사일 기술") it takes its technology category, and
   * a bare "기술" takes that of the nearest item of the sentence that has one.
   */
  private ExchangeCategory category(ItemLexicon.Found item, List<ItemLexicon.Found> items,
      SentenceView s) {
    if (item.term().generic()) {
      ItemLexicon.Found nearest = null;
      for (ItemLexicon.Found o : items) {
        if (!o.term().generic() && o.term().technology() != null
            || !o.term().generic() && isTechnology(o.term().category())) {
          if (nearest == null
              || Math.abs(o.start() - item.start()) < Math.abs(nearest.start() - item.start())) {
            nearest = o;
          }
        }
      }
      if (nearest == null) {
        nearest = technologyBefore(s);
      }
      return nearest == null ? item.term().category() : nearest.term().asTechnology();
    }
    // "미사일 및 위성 관련 최신 기술", "nuclear, ballistic missile and space-related technology":
    // each item of a list that ends in a technology word is named as technology
    ItemLexicon.Found at = item;
    for (ItemLexicon.Found o : items) {
      if (o.start() < at.end()) {
        continue;
      }
      boolean near = o.start() - at.end() <= 12 && unbroken(at.end(), o.start());
      if (!near && !words.listed(at, o)) {
        break;
      }
      if (o.term().generic()) {
        return item.term().asTechnology();
      }
      at = o;
    }
    return item.term().category();
  }

  /**
   * "러시아 기술진의 방북과 설계도 제공": a bare technology word with no technology item in its
   * sentence means the one the text just spoke of, the last in the few lines before it.
   */
  private ItemLexicon.Found technologyBefore(SentenceView s) {
    ItemLexicon.Found last = null;
    for (ItemLexicon.Found o : view.items.find(Math.max(0, s.start() - LOOK_BACK), s.start())) {
      if (!o.term().generic() && isTechnology(o.term().category())) {
        last = o;
      }
    }
    return last;
  }

  private static boolean isTechnology(ExchangeCategory c) {
    return c == ExchangeCategory.MISSILE_SPACE_TECHNOLOGY || c == ExchangeCategory.NUCLEAR_TECHNOLOGY;
  }

  /**
   * Status from the modality after the item (Korean) or across the sentence (English): a denial
   * or negated verb, then the author's weighing, plans, agreements, reports, completed acts.
   */
  private ExchangeStatus status(SentenceView s, ItemLexicon.Found item, CueLexicon.Found cue) {
    Set<CueKind> all = view.cues.kinds(s.start(), s.end());
    if (all.contains(CueKind.DENIAL)) {
      return ExchangeStatus.DENIED;
    }
    int verb = cue == null ? item.end() : cue.end();
    int from = s.korean() ? verb : Math.max(s.start(), Math.min(item.start(), verb) - 30);
    if (view.cues.kinds(from, Math.min(s.end(), verb + 14))
        .contains(CueKind.NEGATION)) {
      return ExchangeStatus.DENIED;
    }
    Set<CueKind> k = view.cues.kinds(s.korean() ? item.start() : s.start(), s.end());
    if (k.stream().anyMatch(CueKind::irrealis)
        && !AmountHedge.only(view, s.korean() ? item.start() : s.start(), s.end(), verb)) {
      return ExchangeStatus.POSSIBLE;
    }
    if (k.contains(CueKind.FUTURE)) {
      return ExchangeStatus.PLANNED;
    }
    if (k.contains(CueKind.AGREED)) {
      return ExchangeStatus.AGREED;
    }
    if (k.contains(CueKind.REPORTED)) {
      return ExchangeStatus.REPORTED;
    }
    return done(s, item, cue) ? ExchangeStatus.OCCURRED : ExchangeStatus.REPORTED;
  }

  /**
   * The transfer verb itself is in the past (공급했다, shipped), not merely some other verb of the
   * sentence (…현안이 존재했음).
   */
  private boolean done(SentenceView s, ItemLexicon.Found item, CueLexicon.Found cue) {
    int at = cue == null ? item.start() : cue.start();
    int to = Math.min(s.end(), (cue == null ? item.end() : cue.end()) + 6);
    return view.cues.kinds(at, to).contains(CueKind.OCCURRED);
  }

  private String quantity(int from, int to) {
    for (Spot p : view.spotsIn(from, to)) {
      if (p.type() == EntityType.QUANTITY) {
        return p.mention().text();
      }
    }
    return null;
  }
}
