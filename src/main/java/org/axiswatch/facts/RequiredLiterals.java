package org.axiswatch.facts;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a compiled pattern for the literal words that every match of it contains: every match
 * of {@code 정상회담|회담|회동} starts with one of those three, every match of {@code [가-힣]+다}
 * holds 다. A text holding none of them cannot match, so the pattern need not run there.
 * Conservative: whatever it does not understand (an inline flag, a back reference, a rare
 * escape) makes it answer null, "no words known", and the pattern runs everywhere as before.
 */
final class RequiredLiterals {
  /** Beyond this many alternatives a set of exact strings is not multiplied out further. */
  private static final int MOST_STRINGS = 64;
  /** A class of plain characters up to this size is known as the set of them. */
  private static final int MOST_CLASS_CHARACTERS = 512;
  private static final int SUPPORTED_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE
      | Pattern.DOTALL | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

  /**
   * What a part of a pattern can match.
   *
   * @param exact every string it can match, when they are few; else null
   * @param required strings of which every match contains one; null when none are known
   * @param leading strings of which every match starts with one; null when none are known
   */
  private record Info(Set<String> exact, Set<String> required, Set<String> leading) {
    static final Info UNKNOWN = new Info(null, null, null);
    static final Info EMPTY = new Info(Set.of(""), null, null);

    /** The best set every match contains one of, or null. */
    Set<String> need() {
      return usable(exact) ? exact : required;
    }

    /** A set every match starts with one of, or null. */
    Set<String> starts() {
      return usable(exact) ? exact : usable(leading) ? leading : null;
    }
  }

  /**
   * The words found for a pattern.
   *
   * @param words strings of which every match contains one
   * @param leading every match starts with one of them, so a match can only start where one is
   */
  record Words(Set<String> words, boolean leading) {}

  /** Thrown inside the reader for a construct it does not handle. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private final String regex;
  private final boolean fold;
  private int at;

  private RequiredLiterals(String regex, boolean fold) {
    this.regex = regex;
    this.fold = fold;
  }

  /**
   * Literal strings one of which every match of {@code p} contains, in ASCII lower case when the
   * pattern ignores case (Java folds only ASCII unless asked otherwise); null when none are known.
   * Strings every match starts with are preferred, since they also tell where matches start.
   */
  static Words of(Pattern p) {
    if ((p.flags() & ~SUPPORTED_FLAGS) != 0) {
      return null;
    }
    if (p.pattern().chars().anyMatch(c -> Character.isSurrogate((char) c))) {
      return null; // a match never starts inside a pair, a word might
    }
    boolean fold = (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
    RequiredLiterals r = new RequiredLiterals(p.pattern(), fold);
    try {
      Info info = r.alternation();
      if (r.at != r.regex.length()) {
        return null; // an unbalanced ')': not read as Java reads it
      }
      if (info.starts() != null) {
        return new Words(Set.copyOf(info.starts()), true);
      }
      return usable(info.need()) ? new Words(Set.copyOf(info.need()), false) : null;
    } catch (Unsupported | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** The character as a case-insensitive pattern compares it. */
  static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean usable(Set<String> s) {
    return s != null && !s.isEmpty() && !s.contains("");
  }

  private Info alternation() {
    Info first = sequence();
    if (at >= regex.length() || regex.charAt(at) != '|') {
      return first;
    }
    Set<String> exact = copy(first.exact());
    Set<String> required = copy(first.need());
    Set<String> leading = copy(first.starts());
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      Info next = sequence();
      exact = exact == null || next.exact() == null ? null : union(exact, next.exact());
      required = required == null || next.need() == null ? null : union(required, next.need());
      leading = leading == null || next.starts() == null ? null : union(leading, next.starts());
    }
    return new Info(exact != null && exact.size() > MOST_STRINGS ? null : exact, required, leading);
  }

  private static Set<String> copy(Set<String> s) {
    return s == null ? null : new LinkedHashSet<>(s);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    a.addAll(b);
    return a;
  }

  /**
   * Exact strings are multiplied out while they stay few; every part is a candidate need, and
   * what the first parts spell out is what every match starts with.
   */
  private Info sequence() {
    Set<String> run = Set.of("");
    boolean whole = true;
    Set<String> best = null;
    Set<String> leading = null;
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      Info part = quantified(atom());
      if (part.exact() != null && (long) run.size() * part.exact().size() <= MOST_STRINGS) {
        run = product(run, part.exact());
        continue;
      }
      if (whole) {
        // nothing consumed before this part: the matches start as the part's do
        leading = usable(run) ? run : run.equals(Set.of("")) ? part.starts() : null;
        whole = false;
      }
      best = better(best, run);
      best = better(best, part.need());
      run = part.exact() != null ? part.exact() : Set.of("");
    }
    if (whole) {
      return new Info(run, null, null);
    }
    return new Info(null, better(best, run), leading);
  }

  private static Set<String> product(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  /** The set whose shortest string is longest (rarer in text); on a tie the smaller set. */
  private static Set<String> better(Set<String> a, Set<String> b) {
    if (!usable(b)) {
      return a;
    }
    if (!usable(a)) {
      return b;
    }
    int la = shortest(a);
    int lb = shortest(b);
    return lb > la || lb == la && b.size() < a.size() ? b : a;
  }

  private static int shortest(Set<String> s) {
    return s.stream().mapToInt(String::length).min().orElse(0);
  }

  private Info quantified(Info atom) {
    if (at >= regex.length()) {
      return atom;
    }
    char c = regex.charAt(at);
    int least;
    if (c == '?' || c == '*') {
      at++;
      least = 0;
    } else if (c == '+') {
      at++;
      least = 1;
    } else if (c == '{') {
      int close = regex.indexOf('}', at);
      if (close < 0) {
        throw new Unsupported();
      }
      String bounds = regex.substring(at + 1, close);
      if (!bounds.matches("\\d+(?:,\\d*)?")) {
        throw new Unsupported();
      }
      least = Integer.parseInt(bounds.split(",", -1)[0]);
      at = close + 1;
    } else {
      return atom;
    }
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++; // lazy or possessive: the same strings
    }
    if (least > 0) {
      return new Info(null, atom.need(), atom.starts());
    }
    return c == '?' && atom.exact() != null ? new Info(union(new LinkedHashSet<>(atom.exact()),
        Set.of("")), null, null) : Info.UNKNOWN;
  }

  private Info atom() {
    char c = regex.charAt(at);
    switch (c) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '.':
        at++;
        return Info.UNKNOWN;
      case '^':
      case '$':
        at++;
        return Info.EMPTY;
      case '\\':
        return escape();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported();
      default:
        int cp = regex.codePointAt(at);
        at += Character.charCount(cp);
        return literal(new String(Character.toChars(cp)));
    }
  }

  private Info literal(String s) {
    if (!fold) {
      return new Info(Set.of(s), null, null);
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(fold(s.charAt(i)));
    }
    return new Info(Set.of(b.toString()), null, null);
  }

  private Info group() {
    at++;
    boolean lookaround = false;
    if (regex.startsWith("?", at)) {
      if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
        at += 2;
      } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
        at += 2;
        lookaround = true;
      } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
        at += 3;
        lookaround = true;
      } else if (regex.startsWith("?<", at)) {
        int close = regex.indexOf('>', at);
        if (close < 0) {
          throw new Unsupported();
        }
        at = close + 1; // a named group
      } else {
        throw new Unsupported(); // inline flags may change case or spacing
      }
    }
    Info inner = alternation();
    if (at >= regex.length() || regex.charAt(at) != ')') {
      throw new Unsupported();
    }
    at++;
    return lookaround ? Info.EMPTY : inner;
  }

  private Info escape() {
    char c = regex.charAt(at + 1);
    at += 2;
    if (c == 'Q') {
      int end = regex.indexOf("\\E", at);
      String quoted = regex.substring(at, end < 0 ? regex.length() : end);
      at = end < 0 ? regex.length() : end + 2;
      return quoted.isEmpty() ? Info.EMPTY : literal(quoted);
    }
    if (c == 'G') {
      throw new Unsupported(); // the end of the previous match: not at a word's place
    }
    if ("bBAZz".indexOf(c) >= 0) {
      if (c == 'b' && regex.startsWith("{", at)) {
        throw new Unsupported();
      }
      return Info.EMPTY;
    }
    if ("dDsSwWhHvVRX".indexOf(c) >= 0) {
      return Info.UNKNOWN;
    }
    if (c == 'p' || c == 'P') {
      if (regex.startsWith("{", at)) {
        at = regex.indexOf('}', at) + 1;
        if (at == 0) {
          throw new Unsupported();
        }
      } else {
        at++;
      }
      return Info.UNKNOWN;
    }
    int control = "tnrfae".indexOf(c);
    if (control >= 0) {
      return literal(String.valueOf("\t\n\r\f\u0007\u001b".charAt(control)));
    }
    if (Character.isLetterOrDigit(c)) {
      throw new Unsupported(); // back references, octal, hex, named characters
    }
    return literal(String.valueOf(c));
  }

  /**
   * A class of plain characters ({@code [.。]}, the {L} syllables) is the set of its characters,
   * so a pattern that starts with one still tells where its matches start; any other class
   * (ranges, negation, escapes, nesting) is read past and known as nothing.
   */
  private Info characterClass() {
    int open = at;
    skipClass();
    String inside = regex.substring(open + 1, at - 1);
    if (inside.isEmpty() || inside.length() > MOST_CLASS_CHARACTERS
        || inside.chars().anyMatch(c -> "\\-^[]&".indexOf(c) >= 0)) {
      return Info.UNKNOWN;
    }
    Set<String> chars = new LinkedHashSet<>();
    for (int i = 0; i < inside.length(); i++) {
      chars.addAll(literal(String.valueOf(inside.charAt(i))).exact());
    }
    return new Info(chars, null, null);
  }

  /** Skips a character class, nested classes and escapes included. */
  private void skipClass() {
    at++;
    if (regex.startsWith("^", at)) {
      at++;
    }
    if (regex.startsWith("]", at)) {
      at++; // a ']' first in a class is the character itself
    }
    int depth = 1;
    while (depth > 0) {
      char c = regex.charAt(at);
      if (c == '\\') {
        char e = regex.charAt(at + 1);
        if (e == 'Q') {
          int end = regex.indexOf("\\E", at + 2);
          if (end < 0) {
            throw new Unsupported();
          }
          at = end + 2;
          continue;
        }
        if ((e == 'p' || e == 'P') && regex.startsWith("{", at + 2)) {
          at = regex.indexOf('}', at) + 1;
          if (at == 0) {
            throw new Unsupported();
          }
          continue;
        }
        at += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
      at++;
    }
  }
}
