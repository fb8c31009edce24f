package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * Korean names the gazetteer lacks, found from what surrounds them: a title after the name
 * (이윤식 외교안보센터 실장, 강순남 국방상) or before it (국방장관 세르게이 쇼이구), and a body or
 * place suffix on a proper noun (여의도연구원, 아무르주) or after a known name (마이크로소프트
 * 위협분석센터). Conservative on purpose: a candidate person is a Nori proper noun or a
 * three-syllable word that starts with a Korean surname, and common words are listed as not names.
 */
final class KoreanContextFinder {
  /** Last syllables of bodies and offices (이사회, 이민국), never of a person's given name here. */
  private static final String BODY_ENDINGS = "회부처청실단당소관측국";
  /** "주한 러시아 대사": resident in a state, between a name and its title. */
  private static final java.util.regex.Pattern RESIDENT =
      java.util.regex.Pattern.compile("주(?:한|북|러|중|미|일|유엔|우크라이나)");
  private final ContextCues cues;
  private final Particles particles;
  private final StateBodyResolver bodies;

  KoreanContextFinder(ContextCues cues, Particles particles, StateBodyResolver bodies) {
    this.cues = cues;
    this.particles = particles;
    this.bodies = bodies;
  }

  /** A whitespace-separated word: [start, end) of its Hangul core, particles stripped at coreEnd. */
  private record Word(int start, int end, int coreEnd, String core) {}

  void scan(CharSequence text, int from, int to, WordTokenizer tokenizer, Coverage known,
      List<Found> out) {
    TokenIndex tokens = new TokenIndex(text, from, to, tokenizer);
    List<Word> words = words(text, from, to);
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (stateBody(text, words, k, known, out)) {
        continue;
      }
      if (known.covers(w.start(), w.coreEnd())) {
        placeNamedBody(text, w, known, out);
        continue;
      }
      if (!person(text, words, k, tokens, known, out)) {
        body(text, words, k, tokens, known, out);
      }
    }
  }

  private boolean person(CharSequence text, List<Word> words, int k, TokenIndex tokens,
      Coverage known, List<Found> out) {
    Word w = words.get(k);
    if (cues.koreanTitles.contains(w.core()) && k + 1 < words.size()) {
      // title before a name: the name must be Nori proper nouns (세르게이 쇼이구)
      int first = k + 1;
      int last = first;
      while (last < words.size() && last < first + 3
          && !known.covers(words.get(last).start(), words.get(last).coreEnd())
          && wholeProperNoun(words.get(last), tokens)) {
        last++;
      }
      if (last > first && adjacent(text, words, first, last)) {
        emit(EntityType.PERSON, words.get(first).start(), words.get(last - 1).coreEnd(), text, out);
        return true;
      }
      return false;
    }
    if (w.end() != w.coreEnd() || k + 1 >= words.size()) {
      return false;
    }
    Word next = words.get(k + 1);
    boolean titled = cues.koreanTitleEnding(next.core()) != null;
    boolean viaState = false;
    int title = k + 1;
    // a state and its body may stand between: 이와야 다케시 일본 외무상, 박명호 북한 외무성 부상
    while (!titled && title + 1 < words.size() && title < k + 3
        && (isBody(words.get(title), known) || insideBody(words.get(title), known)
            || RESIDENT.matcher(words.get(title).core()).matches())) {
      Found f = known.at(words.get(title).start());
      viaState |= f != null && f.type() == EntityType.GPE;
      title++;
      titled = cues.koreanTitleEnding(words.get(title).core()) != null;
    }
    // the title test is cheap and rare; only then are Nori's tags asked for
    if (!titled || !adjacent(text, words, k, title + 1)) {
      return false;
    }
    boolean paired = k > 0 && wholeProperNoun(words.get(k - 1), tokens)
        && adjacent(text, words, k - 1, k + 1)
        && !known.covers(words.get(k - 1).start(), words.get(k - 1).end())
        && !cues.notNames.contains(words.get(k - 1).core());
    // with a state between, only Nori's proper nouns: "방문해 러시아 국방장관" is no name
    if (!looksLikeName(w, tokens, paired)
        || (viaState && !wholeProperNoun(w, tokens) && !nameBeforeState(w.core()))) {
      return false;
    }
    // the other half of a two-word name: 세르게이 라브로프, 이와야 다케시
    int start = paired ? words.get(k - 1).start() : w.start();
    emit(EntityType.PERSON, start, w.coreEnd(), text, out);
    return true;
  }

  private void body(CharSequence text, List<Word> words, int k, TokenIndex tokens,
      Coverage known, List<Found> out) {
    Word w = words.get(k);
    ContextCues.Head head = cues.koreanSuffix(w.core());
    if (head == null) {
      return;
    }
    int stemEnd = w.start() + w.core().length() - head.form().length();
    Found before = k > 0 ? known.endingAt(words.get(k - 1).coreEnd()) : null;
    // a state that is only the end of a pair (북러, 한미) names no body: "북러 정부간위원회"
    boolean whole = before != null && before.start() == words.get(k - 1).start();
    if (before != null && (before.type() == EntityType.ORG || before.type() == EntityType.GPE && whole)
        && head.type() == EntityType.ORG && w.start() - before.end() <= 2
        && adjacent(text, words, k - 1, k + 1)) {
      emit(EntityType.ORG, before.start(), w.coreEnd(), text, out);
      return;
    }
    int stemLength = stemEnd - w.start();
    boolean place = head.type() == EntityType.LOC;
    if (stemLength < (place ? 2 : 1)) {
      return;
    }
    for (int i = w.start(); i < stemEnd; i++) {
      Token t = tokens.at(i);
      if (t != null && t.end() <= stemEnd && t.isProperNoun()
          && t.end() - t.start() >= 2 && (!place || t.start() == w.start())) {
        emit(head.type(), w.start(), w.coreEnd(), text, out);
        return;
      }
    }
  }

  /**
   * A state and a body word that is the whole next word (우크라이나 보안국, 우크라이나 국방부): the
   * state's body, resolved through the gazetteer or named by both, rather than the ROK's 국방부
   * the bare word would match. A gazetteer body that belongs to the state is left alone.
   */
  private boolean stateBody(CharSequence text, List<Word> words, int k, Coverage known,
      List<Found> out) {
    Word w = words.get(k);
    if (k == 0 || cues.koreanBody(w.core()) == null || !adjacent(text, words, k - 1, k + 1)) {
      return false;
    }
    // the state's word is whole, not read for particles: 우크라이나 ends in what could be one
    Found state = known.endingAt(words.get(k - 1).end());
    Found body = known.at(w.start());
    if (state == null || state.type() != EntityType.GPE || state.entry() == null
        || state.entry().code() == null
        || (body != null && (body.start() != w.start() || body.end() != w.coreEnd()
            || bodies.belongsTo(body, state.entry())))) {
      return false;
    }
    out.add(bodies.found(state.entry(), w.core(), state.start(), w.coreEnd()));
    return true;
  }

  /** A body named for a known place or state: 동북아전략연구원, 한반도평화연구소. */
  private void placeNamedBody(CharSequence text, Word w, Coverage known, List<Found> out) {
    ContextCues.Head head = cues.koreanSuffix(w.core());
    Found opening = known.at(w.start());
    if (head == null || head.type() != EntityType.ORG || opening == null
        || opening.start() != w.start() || !opening.origin().equals("gazetteer")
        || (opening.type() != EntityType.LOC && opening.type() != EntityType.GPE)) {
      return;
    }
    int stemEnd = w.start() + w.core().length() - head.form().length();
    if (opening.end() < stemEnd && !known.covers(opening.end(), w.coreEnd())) {
      emit(EntityType.ORG, w.start(), w.coreEnd(), text, out);
    }
  }

  /**
   * A name's last word; when it follows another proper noun ({@code paired}), a place suffix at
   * its end is part of the name (다케시 is not a city, 이와야 다케시 a person).
   */
  private boolean looksLikeName(Word w, TokenIndex tokens, boolean paired) {
    String c = w.core();
    ContextCues.Head suffix = cues.koreanSuffix(c);
    if (c.length() < 2 || c.length() > 6 || cues.notNames.contains(c)
        || (suffix != null && !(paired && suffix.type() == EntityType.LOC && wholeProperNoun(w, tokens)))
        || cues.koreanTitleEnding(c) != null) {
      return false;
    }
    if (c.length() == 3 && cues.surnames.contains(c.charAt(0)) && BODY_ENDINGS.indexOf(c.charAt(2)) < 0) {
      return true;
    }
    if (foreignSpelling(c)) {
      return true;
    }
    return wholeProperNoun(w, tokens);
  }

  /**
   * A word Nori does not know but that is spelled as Hangul writes a foreign name: three syllables
   * or more, one of them a bare consonant written with ㅡ (베니딕토프, 코즐로프, 오버추크).
   */
  static boolean foreignSpelling(String core) {
    if (core.length() < 3) {
      return false;
    }
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      if (c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 0 && (c - 0xAC00) / 28 % 21 == 18
          && "프르스츠크트드브즈흐".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * With a state between a word and the title, a Korean name (박명호 북한 외무성 부상) or a foreign
   * one; not a verb form ("방문해 러시아 국방장관").
   */
  private boolean nameBeforeState(String core) {
    char last = core.charAt(core.length() - 1);
    return foreignSpelling(core) || core.length() == 3 && cues.surnames.contains(core.charAt(0))
        && "해고며다서도".indexOf(last) < 0 && BODY_ENDINGS.indexOf(last) < 0;
  }

  /** A word inside a longer known body or state: 러시아 in "러시아 안보회의". */
  private static boolean insideBody(Word w, Coverage known) {
    Found f = known.at(w.start());
    return f != null && f.end() > w.coreEnd()
        && (f.type() == EntityType.ORG || f.type() == EntityType.GPE);
  }

  private boolean isBody(Word w, Coverage known) {
    Found f = known.endingAt(w.coreEnd());
    // a state between name and title: 이와야 다케시 일본 외무상, like 푸틴 러시아 대통령
    if (f != null && (f.type() == EntityType.ORG || f.type() == EntityType.GPE)) {
      return true;
    }
    ContextCues.Head h = cues.koreanSuffix(w.core());
    return h != null && h.type() == EntityType.ORG;
  }

  /** True when one Nori NNP token spans the word's core (쇼이구, 설리번). */
  private static boolean wholeProperNoun(Word w, TokenIndex tokens) {
    // Nori tags only Hangul as a proper noun (SL, SN, SH otherwise), and asking it costs a run
    if (w.core().length() < 2 || !HangulSpelling.allHangul(w.core())) {
      return false;
    }
    Token t = tokens.at(w.start());
    return t != null && t.end() == w.start() + w.core().length() && t.isProperNoun()
        && w.core().length() >= 2;
  }

  /** Words first..last-1 follow one another on one line, separated by spaces only. */
  private static boolean adjacent(CharSequence text, List<Word> words, int first, int last) {
    for (int k = first + 1; k < last && k < words.size(); k++) {
      for (int i = words.get(k - 1).end(); i < words.get(k).start(); i++) {
        char c = text.charAt(i);
        if (c != ' ' && c != '\u00A0') {
          return false;
        }
      }
    }
    return true;
  }

  private List<Word> words(CharSequence text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && !HangulSpelling.isHangul(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && HangulSpelling.isHangul(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        String word = text.subSequence(s, i).toString();
        int p = particles.particleSuffix(word);
        if (word.length() - p < 2) {
          p = 0;
        }
        out.add(new Word(s, i, i - p, word.substring(0, word.length() - p)));
      }
    }
    return out;
  }

  private static void emit(EntityType type, int start, int end, CharSequence text, List<Found> out) {
    String form = Spaces.collapse(text.subSequence(start, end).toString());
    out.add(new Found(type, start, end, ContextIds.of(type, form), null, "context", null));
  }
}
