package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.RepairedText;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;
import org.axiswatch.structure.Sentence;

/**
 * The document as the fact finders read it: the working text, sentences split into clauses, and
 * mentions placed in working offsets with the state each stands for.
 */
final class DocumentView {
  /** Longer than any mention, so a look-back of this many characters finds the one holding a point. */
  private static final int MAX_MENTION = 200;
  /** How much of a parent bullet's first line may hold its opening date. */
  private static final int LEAD_LINE = 40;

  final String text;
  final RepairedText repaired;
  final List<SentenceView> sentences = new ArrayList<>();
  final List<Spot> spots = new ArrayList<>();
  final TextMarks marks;
  final PartialDate date;
  final Outline outline;
  final List<String> focus;
  /** Working offsets of the document's title line, or {-1, -1}: a title states a topic. */
  final int[] title;
  /** The lexicons' words in this text, each found in one pass. */
  final TriggerLexicon.InText triggers;
  final CueLexicon.InText cues;
  final HedgeLexicon.InText hedges;
  final ItemLexicon.InText items;
  private final PatternSieve.Part phrases;
  private final FactLexicon lexicon;
  /** What the actor book knows of each entity: its mentions all ask. */
  private final Map<Entity, Optional<ActorBook.Actor>> actorOf = new IdentityHashMap<>();

  /** How far from the top a byline stands. */
  private static final int BYLINE_REACH = 600;

  DocumentView(AnalyzedDocument doc, FactLexicon lexicon) {
    this.lexicon = lexicon;
    this.repaired = doc.get(RepairedText.KEY);
    this.text = repaired.text();
    this.marks = new TextMarks(text);
    FactLexicon.InText words = lexicon.in(text);
    this.phrases = words.phrases();
    this.triggers = words.triggers();
    this.cues = words.cues();
    this.hedges = words.hedges();
    this.items = words.items();
    DocumentInfo info = doc.get(DocumentInfo.KEY);
    this.date = info.date();
    this.outline = doc.get(Outline.KEY);
    Map<String, Entity> entities = new HashMap<>();
    doc.get(Entity.KEY).forEach(e -> entities.put(e.id(), e));
    String author = info.author() == null ? null : info.author().strip();
    for (Mention m : doc.get(Mention.KEY)) {
      Entity e = m.entity() == null ? null : entities.get(m.entity());
      if (byline(m, author)) {
        continue; // the reporter of "(서울=연합뉴스) 김철수 기자 =" takes no part in the news
      }
      spots.add(new Spot(m, repaired.toWorking(m.span().start()), repaired.toWorking(m.span().end()),
          e, stateOf(m, e)));
    }
    spots.sort(Comparator.comparingInt(Spot::start));
    for (Sentence s : doc.get(Sentence.KEY)) {
      sentences.add(view(s));
    }
    this.focus = focusPair();
    this.title = titleSpan(info.title());
  }

  /** The author's own name in the byline near the top: no party to any event or exchange. */
  private boolean byline(Mention m, String author) {
    return author != null && !author.isEmpty() && m.type() == EntityType.PERSON
        && m.text().strip().equals(author) && repaired.toWorking(m.span().start()) < BYLINE_REACH;
  }

  /** Where the title stands among the first lines, or {-1, -1}. */
  private int[] titleSpan(String t) {
    int at = t == null || t.isBlank() ? -1 : text.indexOf(t.strip());
    return at < 0 || at > 400 ? new int[] {-1, -1} : new int[] {at, at + t.strip().length()};
  }

  /** Original span of working [start, end). */
  Span original(int start, int end) {
    return repaired.toOriginal(start, end);
  }

  /** Mentions inside working [start, end). */
  List<Spot> spotsIn(int start, int end) {
    List<Spot> out = new ArrayList<>();
    for (int i = firstAtOrAfter(start); i < spots.size() && spots.get(i).start() < end; i++) {
      if (spots.get(i).end() <= end) {
        out.add(spots.get(i));
      }
    }
    return out;
  }

  /** Index of the first mention starting at or after {@code offset} (mentions are sorted). */
  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = spots.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spots.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The outline path of a working offset, outermost first. */
  List<OutlineNode> path(int working) {
    return outline.path(repaired.toOriginal(Math.min(working, text.length())));
  }

  /** The matches of one of the finders' phrase patterns in working [start, end), as start, end. */
  List<int[]> matches(Pattern phrase, int start, int end) {
    List<int[]> out = new ArrayList<>();
    phrases.find(FactLexicon.PHRASES.indexOf(phrase), start, end,
        (from, to) -> out.add(new int[] {from, to}));
    return out;
  }

  FactLexicon lexicon() {
    return lexicon;
  }

  private String stateOf(Mention m, Entity e) {
    if (e != null && e.code() != null) {
      return e.code().toUpperCase(java.util.Locale.ROOT);
    }
    if (m.type() == EntityType.GPE && m.entity() != null && m.entity().matches("[A-Z]{3}")) {
      return m.entity();
    }
    if (m.type() == EntityType.PERSON || m.type() == EntityType.ORG || m.type() == EntityType.LOC) {
      ActorBook.Actor a = e == null ? null
          : actorOf.computeIfAbsent(e, x -> Optional.ofNullable(lexicon.actors().of(x)))
              .orElse(null);
      String state = (a != null ? a : lexicon.actors().of(m.text())).state();
      return state == null && m.type() == EntityType.ORG ? StateWords.shipped().of(m.text()) : state;
    }
    return null;
  }

  private SentenceView view(Sentence s) {
    int start = repaired.toWorking(s.span().start());
    int end = Math.max(start, repaired.toWorking(s.span().end()));
    List<Integer> clauses = new ArrayList<>();
    clauses.add(start);
    boolean korean = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      korean |= c >= 0xAC00 && c <= 0xD7A3;
      if (ClauseBreaks.at(text, i, start, end) && !marks.quoted(i) && i + 1 < end
          && !insideMention(i)) {
        clauses.add(i + 1);
      }
    }
    List<OutlineNode> path = outline.path(s.span().start());
    OutlineNode node = path.isEmpty() ? null : path.get(path.size() - 1);
    boolean heading = node != null && node.span().contains(s.span().start())
        && (node.kind() == NodeKind.SECTION || node.kind() == NodeKind.GROUP
            || node.kind() == NodeKind.POINT);
    int leadFrom = node == null ? start : Math.min(start, repaired.toWorking(node.span().start()));
    Spot lead = leadDate(leadFrom, end);
    if (lead == null && node != null && node.kind() == NodeKind.ITEM && path.size() > 1) {
      lead = parentLead(path.get(path.size() - 2));
    }
    return new SentenceView(s.index(), start, end, clauses, heading, lead, korean);
  }

  /**
   * 개조식 text dates a bullet once for its sub-bullets: "ㅇ 11.21 정찰위성 발사" then "- 김정은
   * 참관": the date opening the bullet just above an undated item.
   */
  private Spot parentLead(OutlineNode parent) {
    int from = repaired.toWorking(parent.span().start());
    if (parent.marker() != null && text.startsWith(parent.marker(), from)) {
      from += parent.marker().length();
    }
    int to = Math.min(repaired.toWorking(parent.span().end()), from + LEAD_LINE);
    return leadDate(from, to);
  }

  /** "Sept. 13", "2020.1月": a break inside a mention is no break. */
  private boolean insideMention(int at) {
    for (int i = firstAtOrAfter(at - MAX_MENTION); i < spots.size() && spots.get(i).start() <= at;
        i++) {
      if (at < spots.get(i).end()) {
        return true;
      }
    }
    return false;
  }

  /** A date that opens the bullet: only markers, spaces and brackets before it. */
  private Spot leadDate(int from, int to) {
    int first = firstAtOrAfter(from);
    if (first == spots.size()) {
      return null;
    }
    Spot s = spots.get(first);
    if (s.start() >= to || s.start() - from > 8 || !s.isDate()) {
      return null;
    }
    String before = text.substring(from, s.start());
    return before.codePoints().anyMatch(Character::isLetterOrDigit) ? null : s;
  }

  /**
   * The two states the document is most about: the pair named together in most sentences. Used
   * to complete an exchange whose sentence names one side or none.
   */
  private List<String> focusPair() {
    Map<String, Integer> pairs = new HashMap<>();
    for (SentenceView s : sentences) {
      Set<String> states = new LinkedHashSet<>();
      for (Spot p : spotsIn(s.start(), s.end())) {
        if (p.type() == EntityType.GPE && p.state() != null && !p.ownVoice(text)) {
          states.add(p.state());
        }
      }
      List<String> list = new ArrayList<>(states);
      list.sort(null);
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          pairs.merge(list.get(i) + " " + list.get(j), 1, Integer::sum);
        }
      }
    }
    return pairs.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> List.of(e.getKey().split(" "))).orElse(List.of());
  }
}
