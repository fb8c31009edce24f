package org.axiswatch.facts;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles the regexes of the data files, the same way for every file. */
final class LexiconPatterns {
  /** Every Hangul syllable whose final consonant is ㄹ: the future adnominal (할, 도울, 될). */
  static final String L_FINAL = lFinalClass();

  private LexiconPatterns() {}

  /**
   * Korean patterns match anywhere (Korean has no spaces between stem and ending); English ones
   * only as whole words and ignoring case unless asked.
   */
  static Pattern compile(DataEntry e, String regex, String lang) {
    String r = regex.replace("{L}", L_FINAL);
    try {
      return switch (lang) {
        case "ko" -> Pattern.compile(r);
        case "en" -> e.flag("case_sensitive")
            ? Pattern.compile("\\b(?:" + r + ")\\b")
            : Pattern.compile("\\b(?:" + r + ")\\b", Pattern.CASE_INSENSITIVE);
        default -> throw e.problem("'lang' must be ko or en, not " + lang);
      };
    } catch (PatternSyntaxException x) {
      throw e.problem("bad pattern: " + x.getDescription());
    }
  }

  /** A literal term (hedges, heading words, item names) as a pattern in its language. */
  static Pattern literal(DataEntry e, String term, String lang) {
    String quoted = Pattern.quote(term).replace(" ", "\\E\\s*\\Q");
    return compile(e, quoted, lang);
  }

  private static String lFinalClass() {
    StringBuilder b = new StringBuilder("[");
    for (char c = 0xAC00; c <= 0xD7A3; c++) {
      if ((c - 0xAC00) % 28 == 8) {
        b.append(c);
      }
    }
    return b.append(']').toString();
  }
}
