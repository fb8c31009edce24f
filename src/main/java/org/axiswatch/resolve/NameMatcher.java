package org.axiswatch.resolve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores two names. Surnames must have the same key; the given names' keys must be equal, or, for
 * given names of at least {@link #FUZZY_MIN_LENGTH} symbols, one symbol apart (a typo, not a
 * different name: Jong Un and Jong Il are two symbols apart and never match). Every part counts,
 * however short: "Un" in Kim Jong Un is as much a part as "Jong".
 */
public final class NameMatcher {
  /** Scores at or above this are a match. */
  public static final double THRESHOLD = 0.8;
  /** One edit is tolerated only in long given names, where it is more likely a typo. */
  public static final int FUZZY_MIN_LENGTH = 7;

  public NameMatch match(String a, String b) {
    return match(NameReading.of(a), NameReading.of(b));
  }

  /** Best agreement over every reading of each side. */
  public NameMatch match(List<NameReading> as, List<NameReading> bs) {
    NameReading bestA = null;
    NameReading bestB = null;
    double best = 0;
    for (NameReading a : as) {
      for (NameReading b : bs) {
        double s = score(a, b);
        if (s > best) {
          best = s;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA == null) {
      return new NameMatch(0, false, why(as, bs), null, null);
    }
    return new NameMatch(best, best >= THRESHOLD, explain(bestA, bestB, best), bestA, bestB);
  }

  /** The best score over every reading pair, without an explanation (for scanning many names). */
  public static double score(List<NameReading> as, List<NameReading> bs) {
    double best = 0;
    for (NameReading a : as) {
      for (NameReading b : bs) {
        best = Math.max(best, score(a, b));
      }
    }
    return best;
  }

  static double score(NameReading a, NameReading b) {
    if (!a.surnameKey().equals(b.surnameKey())) {
      return 0;
    }
    double given = givenSimilarity(a.givenKey(), b.givenKey());
    if (given == 0) {
      return 0;
    }
    double omitted = a.rules().contains(NameReading.NO_PATRONYMIC)
        || b.rules().contains(NameReading.NO_PATRONYMIC) ? 0.05 : 0;
    return 0.95 * given + (a.spelling().equals(b.spelling()) ? 0.05 : 0) - omitted;
  }

  static double givenSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int max = Math.max(a.length(), b.length());
    if (a.isEmpty() || b.isEmpty() || max < FUZZY_MIN_LENGTH || !withinOneEdit(a, b)) {
      return 0;
    }
    return 1 - 1.0 / max;
  }

  /** True when a and b differ by at most one insertion, deletion or substitution. */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length()
        ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
  }

  private static String explain(NameReading a, NameReading b, double score) {
    StringBuilder w = new StringBuilder();
    w.append("surname ").append(a.surname()).append(" = ").append(b.surname())
        .append(" (key ").append(a.surnameKey()).append(")");
    if (!a.givenKey().isEmpty() || !b.givenKey().isEmpty()) {
      w.append("; given name ").append(a.given()).append(" ")
          .append(a.givenKey().equals(b.givenKey()) ? "=" : "≈ (one symbol apart)")
          .append(" ").append(b.given()).append(" (key ").append(a.givenKey());
      if (!a.givenKey().equals(b.givenKey())) {
        w.append(" / ").append(b.givenKey());
      }
      w.append(")");
    }
    if (a.swapped() != b.swapped()) {
      w.append("; order swapped (family name last on one side)");
    }
    if (PhoneticKey.parts(a.name()).size() != PhoneticKey.parts(b.name()).size()
        && !PhoneticKey.isHangul(a.name().strip().charAt(0))
        && !PhoneticKey.isHangul(b.name().strip().charAt(0))) {
      w.append("; spacing/hyphens differ");
    }
    Set<String> rules = new TreeSet<>(a.rules());
    rules.addAll(b.rules());
    if (!rules.isEmpty()) {
      w.append("; rules: ").append(String.join(", ", rules));
    }
    if (score < THRESHOLD) {
      w.append("; below the match threshold ").append(THRESHOLD);
    } else {
      w.append("; the names agree: whether they are one person (not a namesake) only other"
          + " attributes such as birth year, nationality or position can tell");
    }
    return w.toString();
  }

  private static String why(List<NameReading> as, List<NameReading> bs) {
    if (as.isEmpty() || bs.isEmpty()) {
      return "a name is empty or an acronym (one all-capital word that is no surname), which is"
          + " not a person's name";
    }
    boolean surnameAgrees = as.stream().anyMatch(a -> bs.stream()
        .anyMatch(b -> a.surnameKey().equals(b.surnameKey())));
    if (!surnameAgrees) {
      return "surnames differ (" + as.get(0).surnameKey() + " vs " + bs.get(0).surnameKey() + ")";
    }
    NameReading a = as.stream().filter(x -> bs.stream()
        .anyMatch(y -> x.surnameKey().equals(y.surnameKey()))).findFirst().orElseThrow();
    NameReading b = bs.stream().filter(y -> y.surnameKey().equals(a.surnameKey()))
        .findFirst().orElseThrow();
    return "surname agrees (" + a.surnameKey() + ") but given names differ: " + a.given() + " ("
        + a.givenKey() + ") vs " + b.given() + " (" + b.givenKey() + "); every part counts";
  }
}
