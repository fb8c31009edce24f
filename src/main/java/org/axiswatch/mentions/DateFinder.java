package org.axiswatch.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;

/**
 * Dates in Korean and English, absolute ("2023. 9. 14.(목)", "9월13일", "2020.1月", "13 Sept 2023")
 * and relative to the document date ("지난 3월", "지난해 2월", "4년 전에", "last month"),
 * each normalized to ISO at its own precision. A month without a year takes the document's year,
 * or the year before when that would put it after the document date. Without a document date,
 * dates that need one are left out rather than guessed.
 *
 * <p>One pattern per date form, and the switch that reads each pattern's groups. The arithmetic on
 * the document date lives in {@link DateShifts}; days that lean on their neighbours are settled by
 * {@link DateContext}; day words and parts of a year come from {@link RelativeDates}.
 */
final class DateFinder {
  /** Month names as in running text, or in capitals as date lines write them ("FEBRUARY 15, 2025"). */
  private static final String MON = "((?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
      + "|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?"
      + "|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?))";
  private static final String Y = "((?:19|20)\\d{2})";
  private static final String WD = "(?:\\s*\\(\\s*[월화수목금토일]\\s*\\))?";
  private static final String[] MONTH_PREFIXES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
      "OCT", "NOV", "DEC"};

  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String[] WEEKDAY_NEEDS = {"last", "next", "this", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private enum Kind { YMD, SHORT_YMD, YM, Y, MD, MD_WEEKDAY, M, D, EN_D, LAST_YEAR_M, THIS_YEAR_M, LAST_M, REL_YEAR,
    REL_MONTH, AGO, EN_MDY, EN_DMY, EN_MY, EN_MD, EN_DM, EN_M, EN_WEEKDAY, REL_WEEK, LAST_YEAR_MD,
    THIS_YEAR_MD, REL_MONTH_D, EN_M_AHEAD }

  /** What may stand right before a match; checked in code so each pattern starts on a cheap character. */
  private enum Before { ANY, NOT_NUMBER, NOT_HANGUL, SPACE_OR_BRACKET, NOT_DAY, PREPOSITION, MONTH_WORD, WORD_START,
    APOSTROPHE, IN_LINE }

  /**
   * @param needs the words the pattern starts with (as written; with the word after them where the
   *     pattern spells it, "last year": "last" alone would try it at every "last"); none: it
   *     starts with a number
   * @param group the group whose span is the mention (0: the whole match)
   * @param after for a rule that starts with a number: the characters that may stand after the
   *     number and its spaces (null: any); a cheap test before the pattern is tried
   */
  private record Rule(Pattern pattern, Kind kind, Before before, List<String> needs, int group,
      String after) {
    Rule after(String chars) {
      return new Rule(pattern, kind, before, needs, group, chars);
    }
  }

  /** Month initials and the first letters of st/nd/rd/th: what follows a day in English. */
  private static final String EN_DAY_AFTER = "sntrJFMASOND";

  private static final List<Rule> RULES = List.of(
      rule(Y + "\\s*[.년]\\s*(\\d{1,2})\\s*[.월]\\s*(\\d{1,2})(?![\\d.,]\\d)\\s*(?:일|\\.)?" + WD, Kind.YMD,
          Before.NOT_NUMBER).after(".년"),
      rule(Y + "\\s*(?:년|\\.)\\s*(\\d{1,2})\\s*[월月](?!\\s*\\d)", Kind.YM, Before.NOT_NUMBER).after(".년"),
      rule(Y + "\\s*년(?!\\s*(?:대|생|간|\\d))", Kind.Y, Before.NOT_NUMBER).after("년"),
      rule("(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일", Kind.MD, Before.NOT_NUMBER).after("월"),
      rule("(\\d{2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})(?![\\d.,]\\d)\\.?" + WD, Kind.SHORT_YMD,
          Before.APOSTROPHE).after("."),
      rule("(\\d{1,2})\\.\\s?(\\d{1,2})\\.?\\s*\\(\\s*([월화수목금토일])\\s*\\)", Kind.MD_WEEKDAY,
          Before.NOT_NUMBER).after("."),
      // "5.29. 발표", "(10.16.~)": a dotted month and day closed by a stop, inside a line (a line
      // opening "1.2." is a section number)
      rule("(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?=\\s*(?:[가-힣(~∼–-]|$))", Kind.MD, Before.IN_LINE).after("."),
      rule("(\\d{1,2})\\.(\\d{2})(?=\\s*[‘’'“”\"」)\\]])", Kind.MD,
          Before.SPACE_OR_BRACKET).after("."),
      rule("(?:지난\\s*해|작년)\\s*(\\d{1,2})\\s*월", Kind.LAST_YEAR_M, Before.ANY, "지난", "작년"),
      rule("(?:올해|금년)\\s*(\\d{1,2})\\s*월", Kind.THIS_YEAR_M, Before.ANY, "올해", "금년"),
      rule("(?:지난\\s*해|작년)\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일", Kind.LAST_YEAR_MD, Before.ANY, "지난", "작년"),
      rule("(?:올해|금년)\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일", Kind.THIS_YEAR_MD, Before.ANY, "올해", "금년"),
      rule("(지난\\s*달|이번\\s*달|이달|다음\\s*달)\\s*(?:초\\s*)?(\\d{1,2})\\s*일", Kind.REL_MONTH_D, Before.NOT_HANGUL,
          "지난", "이번", "이달", "다음"),
      rule("지난\\s*(\\d{1,2})\\s*월", Kind.LAST_M, Before.ANY, "지난"),
      rule("(\\d{1,2})\\s*월(?!\\s*\\d{1,2}\\s*일)", Kind.M, Before.NOT_NUMBER).after("월"),
      rule("(\\d{1,2})일(?!\\s*(?:간|동안|만에|만의|째|부터\\s*\\d))", Kind.D, Before.NOT_DAY).after("일"),
      new Rule(Pattern.compile("(?:on|On)\\s+the\\s+((\\d{1,2})(?:st|nd|rd|th))\\b(?=\\s*[,.;:)]|\\s+(?:and|when|as|in|at"
          + "|after|before|to|with|while|but)\\b)"), Kind.EN_D, Before.WORD_START, List.of("on the", "On the"), 1, null),
      rule("(지난\\s*해|작년|올해|금년|내년)", Kind.REL_YEAR, Before.NOT_HANGUL, "지난", "작년", "올해", "금년", "내년"),
      rule("(last year|this year|earlier this year|later this year|next year)", Kind.REL_YEAR,
          Before.WORD_START, "last year", "this year", "earlier this year", "later this year", "next year"),
      rule("(지난\\s*달|이번\\s*달|이달(?![러란])|다음\\s*달)", Kind.REL_MONTH, Before.NOT_HANGUL, "지난", "이번",
          "이달", "다음"),
      rule("(last month|this month|next month)", Kind.REL_MONTH, Before.WORD_START, "last month",
          "this month", "next month"),
      rule("(\\d{1,2})\\s*년\\s*(?:(\\d{1,2})\\s*개월\\s*)?(?:전에|전인|전의)", Kind.AGO, Before.NOT_NUMBER).after("년"),
      rule("()(\\d{1,2})\\s*개월\\s*(?:전에|전인|전의)", Kind.AGO, Before.NOT_NUMBER).after("개"),
      rule(MON + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + Y + "\\b", Kind.EN_MDY, Before.WORD_START,
          MONTH_PREFIXES),
      rule("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MON + "\\.?,?\\s+" + Y + "\\b", Kind.EN_DMY, Before.NOT_NUMBER)
          .after(EN_DAY_AFTER),
      rule(MON + "\\.?,?\\s+" + Y + "\\b", Kind.EN_MY, Before.WORD_START, MONTH_PREFIXES),
      rule(MON + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)", Kind.EN_MD, Before.WORD_START,
          MONTH_PREFIXES),
      rule("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MON + "\\b(?!\\.?,?\\s*\\d)", Kind.EN_DM, Before.NOT_NUMBER)
          .after(EN_DAY_AFTER),
      rule(Y + "\\b(?!\\s*(?:%|percent))", Kind.Y, Before.PREPOSITION),
      rule(MON + "\\b(?!\\.?\\s*\\d)", Kind.EN_M, Before.MONTH_WORD, MONTH_PREFIXES),
      new Rule(Pattern.compile("(by|next)\\s+" + MON + "\\b(?!\\.?\\s*\\d)"), Kind.EN_M_AHEAD,
          Before.WORD_START, List.of("by", "next"), 2, null),
      rule("(?:(last|next|this)\\s+)?" + WEEKDAY + "\\b", Kind.EN_WEEKDAY, Before.WORD_START, WEEKDAY_NEEDS),
      rule("(last week|this week|earlier this week|next week|지난\\s*주(?![가-힣])|이번\\s*주|지난주)",
          Kind.REL_WEEK, Before.WORD_START, "last week", "this week", "earlier this week", "next week",
          "지난", "이번"));

  /**
   * The words the rules start on. A word that must open a word of the text (the rule's mention is
   * its whole match and the character before must be no letter or digit, {@link Before#WORD_START},
   * or a space or hyphen, {@link Before#MONTH_WORD}) is looked for only at the chunk's word starts
   * ({@link WordStarts}); the others wherever they stand ({@link WordPlaces}), Hangul ones only in
   * a chunk that holds Hangul.
   */
  private static final WordStarts OPENING_WORDS = new WordStarts(RULES.stream()
      .flatMap(r -> r.needs().stream().filter(w -> opensWord(r, w))).toList());
  private static final WordPlaces LATIN_WORDS = new WordPlaces(RULES.stream()
      .flatMap(r -> r.needs().stream().filter(w -> !opensWord(r, w) && !hasHangul(w))).toList());
  private static final WordPlaces HANGUL_WORDS = new WordPlaces(RULES.stream()
      .flatMap(r -> r.needs().stream().filter(w -> !opensWord(r, w) && hasHangul(w))).toList());

  /** Whether the rule's word {@code w} can only be tried where a word of the text opens. */
  private static boolean opensWord(Rule r, String w) {
    return r.group() == 0 && (r.before() == Before.WORD_START || r.before() == Before.MONTH_WORD)
        && Character.isLetter(w.charAt(0));
  }

  private static boolean hasHangul(String w) {
    return w.chars().anyMatch(c -> HangulSpelling.isHangul((char) c));
  }

  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("in", "since", "by",
      "until", "from", "early", "late", "mid", "during", "of", "before", "after", "throughout");
  private static final java.util.Set<String> MONTH_WORDS = java.util.Set.of("in", "since", "until",
      "early", "late", "mid", "last");

  private static final FoldedWords<Boolean> FOLDED_PREPOSITIONS = folded(PREPOSITIONS);
  private static final FoldedWords<Boolean> FOLDED_MONTH_WORDS = folded(MONTH_WORDS);

  private static FoldedWords<Boolean> folded(java.util.Set<String> words) {
    return new FoldedWords<>(words.stream().collect(
        java.util.stream.Collectors.toMap(w -> w, w -> Boolean.TRUE)));
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private final RelativeDates relative = RelativeDates.standard();
  private final CountedSpans spans = CountedSpans.standard();

  /**
   * @param words the chunk's word starts
   * @param digits the chunk's {@link ChunkWords#numberStarts}, shared with the quantity finder
   */
  void scan(CharSequence text, ChunkWords words, int to, int[] digits, PartialDate anchor,
      List<Found> found) {
    int from = words.from;
    List<DateContext.Cand> out = new java.util.ArrayList<>();
    Map<String, int[]> places = LATIN_WORDS.in(words.chunk);
    if (words.hangul) {
      places.putAll(HANGUL_WORDS.in(words.chunk));
    }
    Map<String, int[]> opening = OPENING_WORDS.in(words);
    char[] marks = new char[digits.length];
    for (int j = 0; j < digits.length; j++) {
      marks[j] = markAfter(text, digits[j], to);
    }
    for (Rule r : RULES) {
      Matcher m = null;
      if (r.needs().isEmpty()) {
        for (int j = 0; j < digits.length; j++) {
          int p = digits[j];
          boolean may = r.before() == Before.PREPOSITION ? before(text, from, p, r.before())
              : mayFollow(marks[j]) && (r.after() == null || r.after().indexOf(marks[j]) >= 0);
          if (may) {
            m = m == null ? matcher(r, text) : m;
            tryAt(m, r, text, from, to, p, anchor, out);
          }
        }
      } else {
        for (String literal : r.needs()) {
          Map<String, int[]> where = opensWord(r, literal) ? opening : places;
          for (int k : where.getOrDefault(literal, NONE)) {
            m = m == null ? matcher(r, text) : m;
            tryAt(m, r, text, from, to, from + k, anchor, out);
          }
        }
      }
    }
    relative.days(words, anchor, out);
    found.addAll(DateContext.settle(text, out, anchor));
    relative.parts(words, anchor, found);
    spans.count(words, anchor, found);
  }

  private static final int[] NONE = new int[0];

  private static Matcher matcher(Rule r, CharSequence text) {
    return r.pattern().matcher(text).useTransparentBounds(true);
  }

  /** Rules are anchored where they can start (a number, a listed word), so the text is not regex-scanned 24 times. */
  private static void tryAt(Matcher m, Rule r, CharSequence text, int from, int to, int p,
      PartialDate anchor, List<DateContext.Cand> out) {
    if (r.group() == 0 && !before(text, from, p, r.before())) {
      return;
    }
    m.region(p, to);
    if (!m.lookingAt()) {
      return;
    }
    int start = m.start(r.group());
    if (!before(text, from, start, r.before())) {
      return;
    }
    PartialDate d = resolve(r.kind(), m, anchor);
    int end = m.end(r.group());
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return;
    }
    if (r.kind() == Kind.D || r.kind() == Kind.EN_D) {
      // its month may come from a date before it: settled with its neighbours
      out.add(new DateContext.Cand(DateContext.Role.BARE_DAY, start, end, d,
          num(m, r.kind() == Kind.D ? 1 : 2)));
    } else if (d != null) {
      out.add(new DateContext.Cand(DateContext.Role.FIXED, start, end, d, 0));
    }
  }

  /** The character after the number at {@code p} and its spaces, or 0 at the end of the chunk. */
  private static char markAfter(CharSequence text, int p, int to) {
    int i = p;
    while (i < to && Character.isDigit(text.charAt(i))) {
      i++;
    }
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i < to ? text.charAt(i) : 0;
  }

  /** A number can start a date only if a date mark follows it: 년 월 일 개월 . 月 or a word. */
  private static boolean mayFollow(char c) {
    return c == '.' || c == '년' || c == '월' || c == '일' || c == '개' || c == '月'
        || (c < 0x80 && Character.isLetter(c));
  }

  private static boolean before(CharSequence text, int from, int start, Before rule) {
    char p = start > from ? text.charAt(start - 1) : ' ';
    return switch (rule) {
      case ANY -> true;
      case NOT_NUMBER -> !Character.isDigit(p) && p != '.' && p != ',';
      case NOT_HANGUL -> !HangulSpelling.isHangul(p);
      case SPACE_OR_BRACKET -> Character.isWhitespace(p) || p == '(' || p == '（' || p == '[';
      case NOT_DAY -> !Character.isDigit(p) && p != '.' && p != ',' && p != '월'
          && !(p == ' ' && start - 2 >= from && text.charAt(start - 2) == '월');
      case WORD_START -> !Character.isLetterOrDigit(p);
      case PREPOSITION -> previousWordIn(PREPOSITIONS, FOLDED_PREPOSITIONS, text, from, start);
      case MONTH_WORD -> previousWordIn(MONTH_WORDS, FOLDED_MONTH_WORDS, text, from, start);
      case APOSTROPHE -> p == '\'' || p == '‘' || p == '’';
      case IN_LINE -> !Character.isDigit(p) && p != '.' && p != ',' && !lineStart(text, from, start);
    };
  }

  /** Only spaces between the line's start (or the chunk's) and {@code start}. */
  private static boolean lineStart(CharSequence text, int from, int start) {
    int i = start;
    while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i == from || text.charAt(i - 1) == '\n';
  }

  /**
   * Whether {@link #previousWord} is one of {@code words}; an ASCII word is looked up in place
   * (this runs at every number of a text), any other lower-cased as before.
   */
  private static boolean previousWordIn(java.util.Set<String> words, FoldedWords<Boolean> folded,
      CharSequence text, int from, int start) {
    int e = start;
    if (e > from && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '-')) {
      e--;
    } else {
      return false; // previousWord is "", in no set
    }
    int s = e;
    boolean ascii = true;
    while (s > from && Character.isLetter(text.charAt(s - 1)) && e - s < 12) {
      s--;
      ascii &= text.charAt(s) < 0x80;
    }
    if (s == e || s > from && Character.isLetterOrDigit(text.charAt(s - 1))) {
      return false;
    }
    return ascii ? folded.get(text, s, e) != null : words.contains(previousWord(text, from, start));
  }

  /** The lower-case word before {@code start}, across one space ("in 2012", "mid-2012"). */
  private static String previousWord(CharSequence text, int from, int start) {
    int e = start;
    if (e > from && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '-')) {
      e--;
    } else {
      return "";
    }
    int s = e;
    while (s > from && Character.isLetter(text.charAt(s - 1)) && e - s < 12) {
      s--;
    }
    if (s > from && Character.isLetterOrDigit(text.charAt(s - 1))) {
      return "";
    }
    return text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
  }

  /** The first full date (year, month, day) in the text, for documents without a known date. */
  static PartialDate firstFullDate(CharSequence text, int limit) {
    Matcher m = RULES.get(0).pattern().matcher(text);
    m.region(0, Math.min(limit, text.length()));
    while (m.find()) {
      PartialDate d = resolve(Kind.YMD, m, null);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static PartialDate resolve(Kind kind, Matcher m, PartialDate anchor) {
    try {
      return switch (kind) {
        case YMD -> new PartialDate(num(m, 1), num(m, 2), num(m, 3));
        case YM -> PartialDate.ofMonth(num(m, 1), num(m, 2));
        case Y -> PartialDate.ofYear(num(m, 1));
        case MD -> DateShifts.inferYear(anchor, num(m, 1), num(m, 2), false);
        case MD_WEEKDAY -> DateShifts.byWeekday(anchor, num(m, 1), num(m, 2), m.group(3).charAt(0));
        case M -> DateShifts.inferYear(anchor, num(m, 1), null, false);
        case D -> DateShifts.dayOfMonth(anchor, num(m, 1));
        case EN_D -> DateShifts.dayOfMonth(anchor, num(m, 2));
        case SHORT_YMD -> new PartialDate(2000 + num(m, 1), num(m, 2), num(m, 3));
        case LAST_M -> DateShifts.inferYear(anchor, num(m, 1), null, true);
        case LAST_YEAR_M -> anchor == null ? null : PartialDate.ofMonth(anchor.year() - 1, num(m, 1));
        case THIS_YEAR_M -> anchor == null ? null : PartialDate.ofMonth(anchor.year(), num(m, 1));
        case REL_YEAR -> anchor == null ? null
            : PartialDate.ofYear(anchor.year() + DateShifts.yearShift(m.group(1)));
        case REL_MONTH -> DateShifts.relativeMonth(anchor, m.group(1).replace("이달", "이번달"));
        case AGO -> DateShifts.ago(anchor, blankToNull(m.group(1)), m.group(2));
        case EN_MDY -> new PartialDate(num(m, 3), month(m.group(1)), num(m, 2));
        case EN_DMY -> new PartialDate(num(m, 3), month(m.group(2)), num(m, 1));
        case EN_MY -> PartialDate.ofMonth(num(m, 2), month(m.group(1)));
        case EN_MD -> DateShifts.inferYear(anchor, month(m.group(1)), num(m, 2), false);
        case EN_DM -> DateShifts.inferYear(anchor, month(m.group(2)), num(m, 1), false);
        case EN_M -> DateShifts.inferYear(anchor, month(m.group(1)), null, false);
        case LAST_YEAR_MD -> anchor == null ? null : new PartialDate(anchor.year() - 1, num(m, 1), num(m, 2));
        case THIS_YEAR_MD -> anchor == null ? null : new PartialDate(anchor.year(), num(m, 1), num(m, 2));
        case REL_MONTH_D -> DateShifts.dayOf(
            DateShifts.relativeMonth(anchor, m.group(1).replace("이달", "이번달")), num(m, 2));
        case EN_M_AHEAD -> DateShifts.ahead(anchor, m.group(1), month(m.group(2)));
        case EN_WEEKDAY -> DateShifts.weekday(anchor, m.group(1), m.group(2));
        case REL_WEEK -> DateShifts.relativeWeek(anchor, m.group(1));
      };
    } catch (RuntimeException invalid) {
      return null; // 13월, 31 Feb: not a date
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static Rule rule(String regex, Kind kind, Before before, String... needs) {
    return new Rule(Pattern.compile(regex), kind, before, List.of(needs), 0, null);
  }
}
