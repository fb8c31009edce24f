package org.axiswatch.facts;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether one sentence restates another: the share of the content words they have in common. A
 * brief's summary bullet and its body, a headline and its lead, say the same words; two remarks
 * of one speaker on one day share little beyond the speaker's name.
 */
final class Restatement {
  /** Share of common words (Dice) from which two sentences say the same. */
  static final double SAME = 0.5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A day written in the sentence itself, not taken from the dateline: "said Sunday", "on Jan.
   * 12", "12일", "이날". */
  private static final Pattern OWN_DAY = Pattern.compile(
      "\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b"
          + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}\\b"
          + "|\\d{1,2}\\s?일|이날|같은\\s?날|당일|전날");

  private Restatement() {}

  /**
   * Two statements or reports of one speaker on one day, told in two sentences, that are two:
   * each names its speaker and writes its own day (a dateline's day tells nothing apart), and
   * neither restates the other.
   */
  static boolean apart(Event a, Event b) {
    return !a.actors().isEmpty() && !b.actors().isEmpty()
        && OWN_DAY.matcher(a.text()).find() && OWN_DAY.matcher(b.text()).find()
        && !of(a.text(), b.text());
  }

  static boolean of(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return 2.0 * common.size() / (x.size() + y.size()) >= SAME;
  }

  /**
   * Content words: a Korean word by its first two syllables (its stem before the particles and
   * endings that differ between a bullet and a sentence), an English one of three letters or more.
   */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      char c = w.charAt(0);
      if (c >= 0xAC00 && c <= 0xD7A3) {
        out.add(w.substring(0, Math.min(2, w.length())));
      } else if (w.length() >= 3) {
        out.add(w.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }
}
