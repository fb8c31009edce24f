package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English names the gazetteer lacks, from runs of capitalised tokens: a title before a name
 * ("Defense Minister Andrei Belousov", "Mr. Kirby", "spokesman John Kirby"), a body head word
 * ("the Institute for Far Eastern Studies", "Korea Maritime Institute"), a place head
 * ("Kursk Oblast", "Tongchang-ri Base"). A run without a title or a head gives nothing.
 */
final class EnglishContextFinder {
  /** Capitalised words that start sentences or name times, never a name on their own. */
  private static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "this", "that", "these", "in", "on", "at", "but", "and", "however",
      "according", "after", "before", "when", "while", "last", "since", "during", "as", "it",
      "he", "she", "they", "we", "his", "her", "their", "its", "if", "for", "with", "from", "by",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "north", "south", "east", "west", "new", "former", "acting", "then");
  /** Bodies only a state has: a place before one is where, not whose. */
  private static final Set<String> STATE_BODIES = Set.of("Ministry", "Department", "Office");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "via",
      "outside", "around", "across", "into", "inside");
  private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "de");
  /**
   * Words that make a body generic rather than named: "Russia's Foreign Ministry" names the
   * ministry only with its state, which the gazetteer or the state mention carries.
   */
  private static final Set<String> GENERIC = Set.of("foreign", "defense", "defence", "national",
      "state", "interior", "finance", "justice", "public", "security", "general", "central",
      "military", "naval", "air", "ground", "armed", "special", "presidential", "federal", "joint",
      "affairs", "of", "for", "and", "the", "on");

  private final ContextCues cues;
  private final StateBodyResolver bodies;
  private static final EnglishSpeakerNames SPEAKERS = EnglishSpeakerNames.standard();
  private static final LowerCaseHeads LOWER_HEADS = LowerCaseHeads.standard();

  EnglishContextFinder(ContextCues cues, StateBodyResolver bodies) {
    this.cues = cues;
    this.bodies = bodies;
  }

  /** {@code tokens} with hyphenated words joined ({@link #hyphenated}). */
  void scan(CharSequence text, List<Token> tokens, Coverage known, List<Found> out) {
    int i = 0;
    while (i < tokens.size()) {
      if (!capitalised(tokens.get(i))) {
        i++;
        continue;
      }
      if (known.covers(tokens.get(i).start(), tokens.get(i).end())) {
        knownBodyOfState(text, tokens, i, known, out);
        familyNameFirst(text, tokens, i, known, out);
        siteOfPlace(text, tokens, i, known, out);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && joined(text, tokens.get(j - 1), tokens.get(j))
          && !known.covers(tokens.get(j).start(), tokens.get(j).end())
          && (capitalised(tokens.get(j)) || initial(text, tokens.get(j))
              || connectorInside(text, tokens, j))) {
        j++;
      }
      if (!BylineFinder.find(text, tokens, i, j, known, this, out)) {
        classify(text, tokens, i, j, known, out);
      }
      i = j;
    }
  }

  private void classify(CharSequence text, List<Token> tokens, int from, int to, Coverage known,
      List<Found> out) {
    int s = from;
    while (s < to && NOT_NAMES.contains(lower(tokens.get(s)))) {
      s++;
    }
    // a weekday or month after a name is the time, not the name: "Iwaya Takeshi Tuesday said"
    while (to > s + 1 && TIMES.contains(lower(tokens.get(to - 1)))) {
      to--;
    }
    if (s >= to) {
      return;
    }
    // "the Krasnoyarsk region", "the destroyer Kang Kon", "the frigate Admiral Gorshkov"
    if (to - s <= 3 && s == from && !cues.englishHeads.containsKey(tokens.get(to - 1).text())) {
      Found typed = LOWER_HEADS.typed(text, tokens.get(s).start(), tokens.get(to - 1).end());
      if (typed != null) {
        out.add(typed);
        return;
      }
    }
    // a title inside the run: the longest run prefix that is a title, then one to three names
    // (tokens hold no space, so such a prefix opens with a title's first word)
    boolean titled = to - s >= 2 && cues.englishTitleStarts.contains(lower(tokens.get(s)));
    for (int t = to - 1; titled && t > s; t--) {
      if (cues.englishTitles.contains(phrase(tokens, s, t)) && name(text, tokens, t, to)) {
        emit(EntityType.PERSON, tokens, t, to, text, out);
        return;
      }
    }
    // a title just before the run, written in lower case: "spokesman John Kirby"
    if (s == from && from > 0 && cues.englishTitles.contains(lower(tokens.get(from - 1)))
        && joined(text, tokens.get(from - 1), tokens.get(from)) && to - s >= 2 && name(text, tokens, s, to)) {
      emit(EntityType.PERSON, tokens, s, to, text, out);
      return;
    }
    EntityType last = cues.englishHeads.get(tokens.get(to - 1).text());
    EntityType first = cues.englishHeads.get(tokens.get(s).text());
    boolean headed = last != null
        || (first == EntityType.ORG && to - s >= 2 && CONNECTORS.contains(lower(tokens.get(s + 1))));
    if (headed && s == from && afterPlace(text, tokens, s, to, known, out)) {
      return;
    }
    if (to - s == 1 && last == null && name(text, tokens, s, to)
        && EnglishSpeakerNames.credited(text, tokens.get(s).end())) {
      emit(EntityType.PERSON, tokens, s, to, text, out); // "Koval reported from Kyiv."
      return;
    }
    if (to - s < 2 || generic(tokens, s, to)) {
      return;
    }
    if (last != null) {
      emit(last, tokens, s, to, text, out);
    } else if (first == EntityType.ORG && CONNECTORS.contains(lower(tokens.get(s + 1)))) {
      emit(first, tokens, s, to, text, out);
    } else if (to - s <= 3 && name(text, tokens, s, to)
        && SPEAKERS.person(text, tokens.get(s).start(), tokens.get(to - 1).end())) {
      emit(EntityType.PERSON, tokens, s, to, text, out); // "Ellen Kim, an analyst at"
    }
  }

  /**
   * A generic gazetteer body after a state's possessive is the state's own: "Russia's Security
   * Council" is not the UN's. A body the gazetteer gives to that state stays as it is.
   */
  private void knownBodyOfState(CharSequence text, List<Token> tokens, int i, Coverage known,
      List<Found> out) {
    int start = tokens.get(i).start();
    Found body = known.at(start);
    Found state = possessor(text, start, known);
    if (body == null || state == null || body.start() != start || body.type() != EntityType.ORG
        || !body.origin().equals("gazetteer") || bodies.belongsTo(body, state.entry())) {
      return;
    }
    int to = i;
    while (to < tokens.size() && tokens.get(to).end() <= body.end()) {
      to++;
    }
    if (to > i && tokens.get(to - 1).end() == body.end() && generic(tokens, i, to)) {
      out.remove(body); // same span: the state's body replaces the gazetteer's reading
      out.add(bodies.found(state.entry(), text.subSequence(start, body.end()).toString(), start,
          body.end()));
    }
  }

  /** A known place with a lower-case site word after it: "the Nampho shipyard" is the site. */
  private static void siteOfPlace(CharSequence text, List<Token> tokens, int i, Coverage known,
      List<Found> out) {
    Found place = known.at(tokens.get(i).start());
    if (place == null || place.type() != EntityType.LOC || place.start() != tokens.get(i).start()) {
      return;
    }
    Found site = LOWER_HEADS.typed(text, place.start(), place.end());
    if (site != null && site.type() == EntityType.FAC) {
      out.add(site);
    }
  }

  /**
   * A known person's family name followed by the given name, as East Asian names are often
   * written ("Ishiba Shigeru" for the gazetteer's Shigeru Ishiba): the whole name is the mention.
   */
  private static void familyNameFirst(CharSequence text, List<Token> tokens, int i, Coverage known,
      List<Found> out) {
    Found f = known.at(tokens.get(i).start());
    if (f == null || f.type() != EntityType.PERSON || f.entry() == null
        || f.start() != tokens.get(i).start() || f.end() != tokens.get(i).end()
        || i + 1 >= tokens.size()) {
      return;
    }
    Token given = tokens.get(i + 1);
    if (!capitalised(given) || !joined(text, tokens.get(i), given)
        || known.covers(given.start(), given.end())) {
      return;
    }
    String[] parts = f.entry().name().split(" ");
    if (parts.length == 2 && parts[0].equals(given.text()) && parts[1].equals(tokens.get(i).text())) {
      out.add(new Found(EntityType.PERSON, f.start(), given.end(), f.entityId(), f.entry(),
          f.origin(), null));
    }
  }

  /** The state whose possessive ends just before {@code start} ("Russia's "), or null. */
  private static Found possessor(CharSequence text, int start, Coverage known) {
    if (start < 4 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != 's'
        || (text.charAt(start - 3) != '\'' && text.charAt(start - 3) != '\u2019')) {
      return null;
    }
    Found state = known.endingAt(start - 3);
    return state != null && state.type() == EntityType.GPE && state.origin().equals("gazetteer")
        && state.entry() != null && state.entry().code() != null ? state : null;
  }

  /**
   * A run right after a state or place: the state's own body ("Ukraine's Security Service" is
   * the body after the possessive; "North Korea Foreign Ministry", "Ukrainian Security Service"
   * take the state in), or a longer proper name the place only opens ("Pacific Security Forum" is
   * a forum, not the ocean; "Japan Institute of International Affairs").
   */
  private boolean afterPlace(CharSequence text, List<Token> tokens, int s, int to, Coverage known,
      List<Found> out) {
    int start = tokens.get(s).start();
    int end = tokens.get(to - 1).end();
    boolean possessive = start >= 3 && text.charAt(start - 1) == ' '
        && (text.charAt(start - 3) == '\'' || text.charAt(start - 3) == '\u2019')
        && text.charAt(start - 2) == 's';
    Found place = known.endingAt(possessive ? start - 3 : start - 1);
    if (place == null || !place.origin().equals("gazetteer") || place.entry() == null
        || (place.type() != EntityType.GPE && place.type() != EntityType.LOC)
        || (!possessive && text.charAt(start - 1) != ' ')) {
      return false;
    }
    boolean generic = generic(tokens, s, to);
    if (generic && place.type() == EntityType.GPE) {
      String body = text.subSequence(start, end).toString();
      out.add(bodies.found(place.entry(), body, possessive ? start : place.start(), end));
      return true;
    }
    if (possessive || place.start() > 0 && Character.isLetter(text.charAt(place.start() - 1))
        || afterLocative(text, place.start())
        || (generic && cues.englishHeads.get(tokens.get(to - 1).text()) == EntityType.ORG
            && STATE_BODIES.contains(tokens.get(to - 1).text()))) {
      return false; // "in Seoul Defense Ministry officials": the place and a body apart
    }
    EntityType type = cues.englishHeads.get(tokens.get(to - 1).text());
    type = type == null ? EntityType.ORG : type;
    String form = Spaces.collapse(text.subSequence(place.start(), end).toString());
    out.add(new Found(type, place.start(), end, ContextIds.of(type, form), null, "context", null));
    return true;
  }

  /** Whether the word before {@code start} is a locative preposition (in, at, near…). */
  private static boolean afterLocative(CharSequence text, int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return e > b && LOCATIVE.contains(text.subSequence(b, e).toString().toLowerCase(Locale.ROOT));
  }

  /** Every word is a head word or a generic modifier: "Foreign Ministry", "Defense Department". */
  private boolean generic(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (!cues.englishHeads.containsKey(w) && !GENERIC.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** One to three capitalised words, or first, initial and last (Daniel R. Whitfield). */
  boolean name(CharSequence text, List<Token> tokens, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      boolean initial = k > from && k < to - 1 && initial(text, tokens.get(k));
      if (!initial && (!capitalised(tokens.get(k)) || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
          || cues.englishHeads.containsKey(w) || cues.notNames.contains(w)
          || cues.englishTitles.contains(w.toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  /** A middle initial: one capital and its period. */
  private static boolean initial(CharSequence text, Token t) {
    return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
        && t.end() < text.length() && text.charAt(t.end()) == '.';
  }

  private static String phrase(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(lower(tokens.get(k)));
    }
    return b.toString();
  }

  /** A connector inside a name ("Institute for Far Eastern Studies"), not "and" before a title. */
  private boolean connectorInside(CharSequence text, List<Token> tokens, int j) {
    return CONNECTORS.contains(lower(tokens.get(j))) && j + 1 < tokens.size()
        && capitalised(tokens.get(j + 1)) && joined(text, tokens.get(j), tokens.get(j + 1))
        && !(lower(tokens.get(j)).equals("and") && cues.englishTitles.contains(lower(tokens.get(j + 1))));
  }

  /** Two tokens separated by spaces only (or the period of Mr., Dr., Gen.). */
  private static boolean joined(CharSequence text, Token a, Token b) {
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\u00A0' && !(c == '.' && i == a.end() && a.text().length() <= 4)) {
        return false;
      }
    }
    return b.start() - a.end() <= 3;
  }

  private static boolean capitalised(Token t) {
    char c = t.text().charAt(0);
    return Character.isUpperCase(c) && t.text().length() > 1;
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  static void emit(EntityType type, List<Token> tokens, int from, int to, CharSequence text,
      List<Found> out) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    String form = Spaces.collapse(text.subSequence(start, end).toString());
    out.add(new Found(type, start, end, ContextIds.of(type, form), null, "context", null));
  }

  /** Joins tokens the standard tokenizer split at a hyphen: Kim In-ae, Thomas-Greenfield. */
  static List<Token> hyphenated(CharSequence text, List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Token last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && t.start() == last.end() + 1 && text.charAt(last.end()) == '-') {
        out.set(out.size() - 1, new Token(text.subSequence(last.start(), t.end()).toString(),
            last.start(), t.end(), last.pos()));
      } else {
        out.add(t);
      }
    }
    return out;
  }
}
