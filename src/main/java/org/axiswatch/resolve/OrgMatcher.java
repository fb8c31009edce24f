package org.axiswatch.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Scores two organisation names as organisation names, never as people's: an acronym (NIS, KOMID)
 * matches only the same acronym or the exact initials of the other side's words; a Hangul name
 * matches only when the phonetic keys of the whole names agree; other names match by their words,
 * each distinctive word on either side matched, generic and common words weighing less. Korean
 * spelling rules reach a word only when both words read as romanized Korean (Ryonbong, Yonbong).
 */
public final class OrgMatcher {
  static final double ACRONYM = 0.9;
  /** Below the threshold: initials alone fit too many bodies; the state must agree as well. */
  static final double INITIALS = 0.78;
  static final double WHOLE_KEY = 0.9;

  /** A score and the reason for it. */
  record Scored(double score, String why) {}

  public NameMatch match(String a, String b) {
    return match(OrgName.of(a), OrgName.of(b), w -> false);
  }

  /**
   * Best agreement over every reading of each side.
   *
   * @param common distinctive words so frequent among the names compared that they need not match
   */
  public NameMatch match(List<OrgName> as, List<OrgName> bs, Predicate<String> common) {
    Scored best = new Scored(0, as.isEmpty() || bs.isEmpty() ? "a name is empty"
        : "organisation names differ");
    for (OrgName a : as) {
      for (OrgName b : bs) {
        Scored s = score(a, b, common);
        if (s.score() > best.score() || best.score() == 0 && s.score() == 0
            && best.why().equals("organisation names differ")) {
          best = s;
        }
      }
    }
    String why = best.why() + (best.score() >= NameMatcher.THRESHOLD ? "" 
        : "; below the match threshold " + NameMatcher.THRESHOLD);
    return new NameMatch(best.score(), best.score() >= NameMatcher.THRESHOLD, why, null, null);
  }

  static Scored score(OrgName a, OrgName b, Predicate<String> common) {
    if (a.acronym() != null || b.acronym() != null) {
      return acronyms(a, b);
    }
    if (a.hangul() || b.hangul()) {
      return whole(a, b);
    }
    Scored byWords = words(a, b, common);
    // romanized Korean spaced differently ("Chong Chon Gang" / "Chongchongang") agrees as a whole
    if (byWords.score() < NameMatcher.THRESHOLD && a.wholeKey() != null
        && a.wholeKey().equals(b.wholeKey())) {
      return whole(a, b);
    }
    return byWords;
  }

  private static Scored acronyms(OrgName a, OrgName b) {
    if (a.acronym() != null && b.acronym() != null) {
      return a.acronym().equalsIgnoreCase(b.acronym())
          ? new Scored(ACRONYM, "acronym " + a.acronym() + " = " + b.acronym()
              + "; an acronym names many bodies: the state or context must agree")
          : new Scored(0, "acronyms differ (" + a.acronym() + " vs " + b.acronym()
              + "); acronyms match only the same letters, never by sound");
    }
    OrgName acr = a.acronym() != null ? a : b;
    OrgName other = acr == a ? b : a;
    if (other.words().size() == 1 && other.words().get(0).text().equalsIgnoreCase(acr.acronym())) {
      return new Scored(ACRONYM, "acronym " + acr.acronym() + " = " + other.name());
    }
    if (acr.acronym().length() >= 3
        && other.initials().contains(acr.acronym().toUpperCase(java.util.Locale.ROOT))) {
      return new Scored(INITIALS, "acronym " + acr.acronym() + " = initials of " + other.name()
          + " (initials alone fit many bodies: only an agreeing state makes it a match)");
    }
    return new Scored(0, "acronym " + acr.acronym() + " is neither " + other.name()
        + " nor its initials");
  }

  private static Scored whole(OrgName a, OrgName b) {
    if (a.hangul() && b.hangul() && a.words().equals(b.words())) {
      return new Scored(1, "same Hangul name " + a.name());
    }
    if (a.wholeKey() == null || b.wholeKey() == null) {
      return new Scored(0, "a Hangul name against a name not written in Korean ("
          + (a.hangul() ? b.name() : a.name()) + "): nothing to compare but a translation");
    }
    if (!a.wholeKey().equals(b.wholeKey())) {
      return new Scored(0, "whole-name phonetic keys differ (" + a.wholeKey() + " vs "
          + b.wholeKey() + ")");
    }
    return new Scored(WHOLE_KEY, "whole name " + a.name() + " = " + b.name() + " (phonetic key "
        + a.wholeKey() + ", word by word through the Korean spelling rules)");
  }

  private static Scored words(OrgName a, OrgName b, Predicate<String> common) {
    List<OrgName.Word> left = new ArrayList<>(b.words());
    List<String> pairs = new ArrayList<>();
    List<OrgName.Word> unmatchedA = new ArrayList<>();
    double matched = 0;
    for (OrgName.Word w : a.words()) {
      OrgName.Word hit = left.stream().filter(x -> x.text().equals(w.text())).findFirst()
          .orElseGet(() -> left.stream().filter(x -> sameSound(w, x)).findFirst().orElse(null));
      if (hit == null) {
        unmatchedA.add(w);
        continue;
      }
      left.remove(hit);
      matched += weight(w, common) + weight(hit, common);
      pairs.add(w.text().equals(hit.text()) ? w.text()
          : w.text() + "~" + hit.text() + " (romanized Korean, key " + w.key() + ")");
    }
    List<OrgName.Word> missing = new ArrayList<>(unmatchedA);
    missing.addAll(left);
    List<String> distinctive = missing.stream().filter(w -> weight(w, common) >= 1)
        .map(OrgName.Word::text).toList();
    if (pairs.isEmpty()) {
      return new Scored(0, "no word in common");
    }
    List<String> head = headUnmatched(a.words(), unmatchedA);
    if (head.isEmpty()) {
      head = headUnmatched(b.words(), left);
    }
    if (!head.isEmpty()) {
      return new Scored(0, "the body named differs: " + String.join(" ", head)
          + " of … is unmatched (shared: " + String.join(", ", pairs) + ")");
    }
    if (!distinctive.isEmpty()) {
      return new Scored(0, "distinctive words unmatched: " + String.join(", ", distinctive)
          + " (shared: " + String.join(", ", pairs) + ")");
    }
    double total = 0;
    for (OrgName.Word w : a.words()) {
      total += weight(w, common);
    }
    for (OrgName.Word w : b.words()) {
      total += weight(w, common);
    }
    double score = total == 0 ? 0 : Math.round(matched / total * 1000) / 1000.0;
    StringBuilder why = new StringBuilder("words agree: ").append(String.join(", ", pairs));
    if (!missing.isEmpty()) {
      why.append("; unmatched generic/common words: ")
          .append(String.join(", ", missing.stream().map(OrgName.Word::text).toList()));
    }
    return new Scored(score, why.toString());
  }

  /** The head words of an "X of Y" name when none of them was matched, else empty. */
  private static List<String> headUnmatched(List<OrgName.Word> words, List<OrgName.Word> unmatched) {
    List<OrgName.Word> head = words.stream().filter(OrgName.Word::head).toList();
    return !head.isEmpty() && unmatched.containsAll(head)
        ? head.stream().map(OrgName.Word::text).toList() : List.of();
  }

  /** Two different spellings of one romanized Korean word: both must read as Korean. */
  private static boolean sameSound(OrgName.Word a, OrgName.Word b) {
    return a.key() != null && b.key() != null && a.key().length() >= 3 && a.key().equals(b.key())
        && a.kind() == OrgWords.Kind.DISTINCTIVE && b.kind() == OrgWords.Kind.DISTINCTIVE;
  }

  /** Rarer words count more; a distinctive word must be matched, the others may not be. */
  static double weight(OrgName.Word w, Predicate<String> common) {
    return switch (w.kind()) {
      case DISTINCTIVE -> common.test(w.text()) ? 0.6 : 1.0;
      case COMMON -> 0.6;
      case GENERIC -> 0.25;
      case STOP, LEGAL -> 0;
    };
  }
}
