package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;

/**
 * Decides who gives and who receives an item, from the nearest cues outwards:
 * <ol>
 *   <li>markers in the item's own phrase: 대X and X에/에게/에 대한 and "to X" name the receiver;
 *       X의 and "X's" the giver (the receiver with 돕다: "북한의 위성 개발을 도울 것");
 *       X에게서/로부터 and "from X" the giver; a bare X before the item its origin or destination;
 *   <li>a port or city named as where the item leaves or arrives, for its state ({@link PlaceSides});
 *   <li>the item's usual direction in DPRK trade, when the sentence names the DPRK;
 *   <li>the subject of the sentence (X가/는, or the English subject before the verb);
 *   <li>the other state of the sentence, or of the pair the document is about.
 * </ol>
 * Gives up (null) when a side stays unknown: an exchange with a guessed end is worse than none.
 */
final class Parties {
  /** A giver and a receiver, ISO alpha-3 or entity ids. */
  record Ends(String from, String to) {}

  private static final Pattern SUBJECT = Pattern.compile("^(?:가|이|은|는|도|측은|측이|측도)(?:\\s|$).*",
      Pattern.DOTALL);
  private static final Pattern GENITIVE = Pattern.compile("^(?:의|'s|’s)(?:\\s|$).*", Pattern.DOTALL);
  private static final Pattern SOURCE = Pattern.compile("^(?:에게서|로부터|에서부터|측으로부터).*",
      Pattern.DOTALL);
  private static final Pattern GOAL = Pattern.compile("^(?:에게|에 대한|에대한|에|한테|으로|로)(?:\\s|$).*",
      Pattern.DOTALL);

  /** A goal named through one of its bodies, after the item: "… 평양 중앙동물원에 선물로 보냈다". */
  private static final Pattern GOAL_VIA = Pattern.compile("^\\s[가-힣]{2,6}(?:에게|에)(?:\\s|$).*",
      Pattern.DOTALL);
  private static final Pattern JOINED = Pattern.compile(
      "\\s*(?:과|와|,|및|·|‧|ㆍ|–|—|-|/|,?\\s*and)?\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE_ITEM = Pattern.compile(
      "\\s*(?:[0-9]+국|양국|[0-9]+개국)?\\s*(?:간|사이의?|간의)?\\s*");
  private static final Pattern TOLD = Pattern.compile("(?:told|briefed|informed)\\s+(?:the\\s+)?$");
  private static final Pattern REPORTED_TO = Pattern.compile(
      "(?:보고|설명|통보|브리핑)(?:했|함|하였|한다|해)?[다음]?[.。]?\\s*$");
  private static final Pattern SAYS_AFTER = Pattern.compile(
      "\\s+(?:said|says|told|reported|added|noted|stated|announced)\\b");
  private static final Pattern SAYS_AT_END = Pattern.compile(
      "(?:밝혔|말했|전했|보도했|발표했|주장했|설명했|강조했|판단했|분석했|평가했|파악했|추정했)[다음]?[.。]?\\s*$");
  /** A headline's teller: 국정원 "北, … 파병", Pentagon: "…". */
  private static final Pattern QUOTE_AFTER = Pattern.compile("^\\s*:?\\s*[\"“‘']");

  private final DocumentView view;
  private final PlaceSides places;

  Parties(DocumentView view) {
    this.view = view;
    this.places = new PlaceSides(view);
  }

  Ends resolve(SentenceView s, ItemLexicon.Found item, CueLexicon.Found cue, int enumerationStart,
      int phraseStart, int phraseEnd) {
    ItemTerm.Direction usual = item.term().direction();
    CueKind kind = cue == null ? CueKind.MUTUAL : cue.kind();
    String from = null;
    String to = null;
    List<Spot> states = states(s.start(), s.end(), item.start());
    if (usual == ItemTerm.Direction.MUTUAL) {
      // "한국과 미국, 일본이 … 군사 협력을 확대": a cooperation is among the subject's own states
      List<String> together = coordinated(s, item);
      if (together.size() == 2) {
        return new Ends(together.get(0), together.get(1));
      }
      if (together.size() > 2) {
        return view.focus.size() == 2 && together.containsAll(view.focus)
            ? new Ends(view.focus.get(0), view.focus.get(1)) : null;
      }
    }
    boolean dprkNamed = states.stream().anyMatch(p -> "PRK".equals(p.state()) && !towards(p)
        && !places.transit(p, s.korean()));
    // "북한에 식량과 원자재, 무기 부품 등을 제공": the goal before a list serves every item of it
    for (Spot p : states(enumerationStart, phraseStart)) {
      String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 8));
      if (GOAL.matcher(after).matches()) {
        to = p.state();
      }
    }
    // "supplied North Korea with anti-air missiles": the verb's object before "with" receives
    Spot given = null; // "giving the North missiles": the first object receives
    if (cue != null && kind == CueKind.GIVE && cue.end() <= item.start()) {
      for (Spot p : states(cue.end(), item.start())) {
        if (suppliedWith(p, cue)) {
          to = p.state();
        } else if (!s.korean() && EnglishObjects.receiver(view.text, p, cue, item)) {
          to = p.state();
          given = p;
        }
      }
    }
    for (Spot p : states(phraseStart, phraseEnd)) {
      if (p == given || places.transit(p, s.korean())) {
        continue; // a route the goods pass ("through North Korea's Rajin port") is no side
      }
      String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 8));
      String before = view.text.substring(Math.max(0, p.start() - 5), p.start());
      if (towards(p)) {
        to = p.state();
      } else if (SOURCE.matcher(after).matches() || before.endsWith("from ")) {
        from = p.state();
      } else if (GOAL.matcher(after).matches() || before.endsWith("to ")
          || p.start() >= item.end() && GOAL_VIA.matcher(after).matches()
          || before.endsWith("with ") && kind == CueKind.GIVE && p.start() > item.end()) {
        to = p.state();
      } else if (GENITIVE.matcher(after).matches()
          || p.end() <= item.start() && !SUBJECT.matcher(after).matches()
              && usual != ItemTerm.Direction.MUTUAL) {
        // X의 / bare X before the item: its giver, unless the verb is 돕다/받다 or the item's
        // usual direction says the DPRK (named in the sentence) is on the other side
        boolean genitive = GENITIVE.matcher(after).matches();
        boolean receives = genitive && (kind == CueKind.HELP || kind == CueKind.RECEIVE)
            || !genitive && !dprkNamed && aid(cue);
        if (receives || dprkNamed && !origin(p.state(), usual)) {
          to = p.state();
        } else {
          from = p.state();
        }
      }
    }
    if ((from == null || to == null) && usual != ItemTerm.Direction.MUTUAL
        && (cue == null || kind == CueKind.GIVE || kind == CueKind.RECEIVE)) {
      Ends byPlace = places.sides(s, item, cue);
      from = from != null || byPlace.from() == null || byPlace.from().equals(to) ? from
          : byPlace.from();
      to = to != null || byPlace.to() == null || byPlace.to().equals(from) ? to : byPlace.to();
    }
    // the usual direction fills in the DPRK only opposite the document's partner state: "우크라이나
    // 무기 지원" in a brief on North Korea and Russia is not North Korean arms for Ukraine
    String known = from == null ? to : from;
    boolean partnerSide = known == null || view.focus.isEmpty() || view.focus.contains(known);
    if (dprkNamed && partnerSide && usual == ItemTerm.Direction.FROM_DPRK && from == null
        && !"PRK".equals(to)) {
      from = "PRK";
    } else if (dprkNamed && partnerSide && usual == ItemTerm.Direction.TO_DPRK && to == null
        && !"PRK".equals(from)) {
      to = "PRK";
    }
    // "Russia provided technology in return for weapons": the subject gives the technology, not
    // the weapons, which travel the other way; their usual direction decides
    boolean counterpart = cue != null
        && view.text.substring(cue.start(), cue.end()).toLowerCase().startsWith("in ");
    if ((from == null || to == null) && usual != ItemTerm.Direction.MUTUAL && !counterpart) {
      Spot subject = subject(s, item, cue);
      if (subject != null) {
        boolean receives = kind == CueKind.RECEIVE;
        if (receives && to == null && !subject.state().equals(from)) {
          to = subject.state();
        } else if (!receives && from == null && !subject.state().equals(to) && !towards(subject)) {
          from = subject.state();
        }
      }
    }
    if (from == null && to == null) {
      List<String> pair = pair(states);
      if (pair.size() != 2) {
        return null;
      }
      boolean reverse = usual == ItemTerm.Direction.FROM_DPRK ? "PRK".equals(pair.get(1))
          : usual == ItemTerm.Direction.TO_DPRK && "PRK".equals(pair.get(0));
      return reverse ? new Ends(pair.get(1), pair.get(0)) : new Ends(pair.get(0), pair.get(1));
    }
    if (from == null) {
      from = other(states, to, false);
    } else if (to == null) {
      to = other(states, from, true);
    }
    // goods that only pass through a state's port go to someone unnamed, not to that state
    boolean transit = to != null
        && item.term().category() != ExchangeCategory.JOINT_VENTURE_INFRASTRUCTURE
        && places.onlyTransit(s, to);
    return from == null || to == null || from.equals(to) || transit ? null : new Ends(from, to);
  }

  /**
   * The last run of two or more states joined by 과/와, commas, 및, "and" before the item, when it
   * is the subject (Korean: a subject particle after it) or stands right before the item (북중러
   * 합동훈련, 한미일 3국 간 협력); English runs anywhere before it.
   */
  private List<String> coordinated(SentenceView s, ItemLexicon.Found item) {
    List<String> run = new ArrayList<>();
    List<String> best = List.of();
    Spot last = null;
    for (Spot p : states(s.start(), item.start())) {
      String between = last == null ? null : view.text.substring(last.end(), p.start());
      if (last != null && !JOINED.matcher(between).matches()) {
        run = new ArrayList<>();
      }
      if (!run.contains(p.state())) {
        run.add(p.state());
      }
      last = p;
      String after = view.text.substring(p.end(), item.start());
      if (run.size() >= 2 && (!s.korean() || SUBJECT.matcher(after).matches()
          || BEFORE_ITEM.matcher(after).matches())) {
        best = List.copyOf(run);
      }
    }
    return best;
  }

  /** Whether a state named beside the item is where it comes from, by the item's usual direction. */
  private static boolean origin(String state, ItemTerm.Direction usual) {
    boolean dprk = "PRK".equals(state);
    return switch (usual) {
      case FROM_DPRK -> dprk;
      case TO_DPRK -> !dprk;
      default -> true;
    };
  }

  /** "supplied North Korea with missiles": the state right after the giving verb, before "with". */
  private boolean suppliedWith(Spot p, CueLexicon.Found cue) {
    return view.text.substring(cue.end(), p.start()).isBlank()
        && view.text.startsWith(" with ", p.end());
  }

  /** "우크라이나 무기 지원": before 지원 (aid) a bare state is the one aided. */
  private boolean aid(CueLexicon.Found cue) {
    return cue != null && view.text.startsWith("지원", cue.start());
  }

  /**
   * The teller of the sentence: "…, Kirby said", "according to Reuters", or a person or body as
   * subject of a sentence that ends in a speech verb ("국정원은 … 보냈다고 밝혔다").
   */
  private boolean speaker(Spot p, int item) {
    if (p.ownVoice(view.text)) {
      return true;
    }
    if (p.type() != EntityType.PERSON && p.type() != EntityType.ORG) {
      return false;
    }
    String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 12));
    String before = view.text.substring(Math.max(0, p.start() - 13), p.start());
    if (SAYS_AFTER.matcher(after).lookingAt() || before.toLowerCase().endsWith("according to ")
        || QUOTE_AFTER.matcher(after).lookingAt()) {
      return true;
    }
    if (!after.matches("(?s)[은는도]\\s.*")) {
      return false;
    }
    int end = view.text.indexOf('\n', p.end());
    String rest = view.text.substring(p.end(), end < 0 ? view.text.length() : end);
    if (REPORTED_TO.matcher(rest).find()) {
      return true; // "국정원은 … 정황을 보고": who reports to a body tells, and gives nothing
    }
    if (!SAYS_AT_END.matcher(rest).find() || item < 0) {
      return false;
    }
    // only when what is told has its own subject ("국정원은 러시아가 … 제공했다고"); "푸틴은 “…도울
    // 것”이라고 말했다" is Putin's own pledge
    for (Spot o : view.spotsIn(p.end(), item)) {
      String next = view.text.substring(o.end(), Math.min(view.text.length(), o.end() + 2));
      if (o.state() != null && o.isActor() && next.matches("(?s)[이가은는].*")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who is told: "국회 정보위원회에 … 정황을 보고", "told parliament that": a body or person
   * addressed by a report or speech verb.
   */
  private boolean audience(Spot p) {
    if (p.type() != EntityType.ORG && p.type() != EntityType.PERSON) {
      return false;
    }
    String before = view.text.substring(Math.max(0, p.start() - 8), p.start());
    if (TOLD.matcher(before).find()) {
      return true;
    }
    String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 4));
    if (!after.startsWith("에 ") && !after.startsWith("에게 ")) {
      return false;
    }
    int end = view.text.indexOf('\n', p.end());
    String rest = view.text.substring(p.end(), end < 0 ? view.text.length() : end);
    return SAYS_AT_END.matcher(rest).find() || REPORTED_TO.matcher(rest).find();
  }

  /**
   * A body or person that opens a sentence closing in a speech verb ("국정원은 … 강조했다"): it
   * may pledge its own state's help, but it is not the far side an exchange is missing.
   */
  private boolean teller(Spot p) {
    if (p.type() != EntityType.ORG) {
      return false; // a leader's own pledge ("푸틴은 … 도울 것이라고 말했다") names the giver
    }
    String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 2));
    if (!after.matches("(?s)[은는도]\\s.*")) {
      return false;
    }
    int end = view.text.indexOf('\n', p.end());
    return SAYS_AT_END.matcher(view.text.substring(p.end(), end < 0 ? view.text.length() : end))
        .find();
  }

  /** The 한 of "에 대한" (about) is no state. */
  private boolean about(Spot p) {
    return p.mention().text().equals("한") && p.start() >= 2
        && view.text.substring(Math.max(0, p.start() - 3), p.start()).matches(".*에\\s?대");
  }

  /** 대러, 대북: a state named as the target ("toward Russia"). */
  private boolean towards(Spot p) {
    String t = p.mention().text();
    if (t.length() == 2 && t.charAt(0) == '대') {
      return true;
    }
    if (t.length() != 1 || p.start() == 0 || view.text.charAt(p.start() - 1) != '대') {
      return false;
    }
    // "에 대한" (about) and "대한민국" are not 대+한 (toward Korea)
    String around = view.text.substring(Math.max(0, p.start() - 3),
        Math.min(view.text.length(), p.end() + 2));
    return !(t.equals("한") && (around.matches("(?s).*에\\s?대한.*") || around.contains("대한민")));
  }

  private List<Spot> states(int from, int to) {
    return states(from, to, -1);
  }

  private List<Spot> states(int from, int to, int item) {
    List<Spot> out = new ArrayList<>();
    for (Spot p : view.spotsIn(from, to)) {
      if (speaker(p, item) || audience(p)) {
        continue; // who tells of an exchange, or is told of it, is not a party to it
      }
      if ((p.isActor() || p.isCapitalActor(view.text)) && p.state() != null && !about(p)
          && !p.insideVisitWord(view.text)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The nearest state before the item marked as subject, outside other quotations. */
  private Spot subject(SentenceView s, ItemLexicon.Found item, CueLexicon.Found cue) {
    int limit = cue != null && !s.korean() ? Math.min(item.start(), cue.start()) : item.start();
    Spot best = null;
    for (Spot p : states(s.start(), limit)) {
      if (view.marks.quoted(p.start()) != view.marks.quoted(item.start())) {
        continue;
      }
      String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 4));
      if (!s.korean() || SUBJECT.matcher(after).matches()) {
        best = p;
      }
    }
    return best;
  }

  /** The state of the sentence, or of the document's pair, that is not {@code known}. */
  private String other(List<Spot> states, String known, boolean knownGives) {
    List<String> others = new ArrayList<>();
    for (Spot p : states) {
      boolean target = towards(p);
      if (!p.state().equals(known) && !others.contains(p.state()) && (knownGives || !target)
          && !teller(p)) {
        others.add(p.state());
      }
    }
    List<String> focus = view.focus;
    String partner = focus.size() == 2 && focus.contains(known)
        ? focus.get(focus.get(0).equals(known) ? 1 : 0) : null;
    List<Spot> named = states.stream().filter(p -> p.state().equals(partner)).toList();
    boolean onlyTarget = !named.isEmpty() && named.stream().allMatch(this::towards);
    if (partner != null && (others.isEmpty() || others.contains(partner))
        && (knownGives || !onlyTarget)) {
      return partner;
    }
    return others.size() == 1 ? others.get(0) : null;
  }

  /** Two states for an item with no marker: the sentence's two, or the document's pair. */
  private List<String> pair(List<Spot> states) {
    List<String> named = new ArrayList<>();
    for (Spot p : states) {
      if (p.type() != EntityType.DATE && !named.contains(p.state())) {
        named.add(p.state());
      }
    }
    if (named.size() == 2) {
      return named;
    }
    if (view.focus.size() == 2 && (named.isEmpty() || named.containsAll(view.focus)
        || view.focus.containsAll(named))) {
      return view.focus;
    }
    return List.of();
  }
}
