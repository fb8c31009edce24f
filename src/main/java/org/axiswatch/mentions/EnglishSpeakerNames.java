package org.axiswatch.mentions;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a run of two or three capitalised words is a person by what stands around it, in
 * English: an apposition naming a role ("Park Min-jun, a researcher at …", "Ellen Kim, a senior
 * fellow with …"), a speech verb after it ("Ellen Kim told reporters"), or a source phrase before
 * it that the name closes ("according to Ellen Kim,", "…, said Park Min-jun."). Words from
 * {@code cues/roles-en.tsv}; only the few characters around the run are read.
 */
final class EnglishSpeakerNames {
  /** How many words of an apposition may come before its role word ("a senior research fellow"). */
  private static final int ROLE_WORDS = 5;
  private static final int LOOK = 60;
  /** "X is a researcher at …", an author's note; "X was a …". */
  private static final java.util.List<String> COPULA = java.util.List.of(" is ", " was ");

  private final Set<String> roles = new HashSet<>();
  private final Set<String> speech = new HashSet<>();
  private final Set<String> sources = new HashSet<>();

  EnglishSpeakerNames(DataLines lines) {
    for (DataLines.Row r : lines.rows()) {
      r.needColumns(2);
      String word = r.cell(0).toLowerCase(Locale.ROOT);
      switch (r.cell(1)) {
        case "role" -> roles.add(word);
        case "speech" -> speech.add(word);
        case "source" -> sources.add(word + " ");
        default -> throw r.problem("kind must be role, speech or source: '" + r.cell(1) + "'");
      }
    }
  }

  static EnglishSpeakerNames standard() {
    return new EnglishSpeakerNames(DataLines.resource("cues/roles-en.tsv"));
  }

  /** Whether text[start, end), a run of capitalised words, is a person by its context. */
  boolean person(CharSequence text, int start, int end) {
    String after = text.subSequence(end, Math.min(text.length(), end + LOOK)).toString();
    if (after.startsWith(", ") && apposition(after.substring(2))
        || COPULA.stream().anyMatch(after::startsWith)
            && apposition(after.substring(after.indexOf(' ', 1) + 1))) {
      return true; // "Ellen Kim, an analyst at", "Ellen Kim is a senior fellow at"
    }
    if (after.startsWith(" ") && speech.contains(firstWord(after.substring(1)))) {
      return true;
    }
    String before = text.subSequence(Math.max(0, start - 16), start).toString()
        .toLowerCase(Locale.ROOT);
    boolean closed = after.isEmpty() || after.charAt(0) == ',' || after.charAt(0) == '.';
    return closed && sources.stream().anyMatch(before::endsWith);
  }

  /** A wire's closing credit after a family name alone: "Koval reported from Kyiv". */
  static boolean credited(CharSequence text, int end) {
    String after = text.subSequence(end, Math.min(text.length(), end + 20)).toString();
    return after.startsWith(" reported from ") || after.startsWith(" contributed")
        || after.startsWith(" wrote from ");
  }

  /** "a researcher at", "the North Korea analyst at", "senior fellow with": a role word early on. */
  private boolean apposition(String rest) {
    String[] words = rest.split(" ", ROLE_WORDS + 2);
    for (int k = 0; k < Math.min(words.length, ROLE_WORDS + 1); k++) {
      String w = words[k];
      boolean last = w.endsWith(",") || w.endsWith(".");
      String bare = w.replaceAll("[,.;:]+$", "").toLowerCase(Locale.ROOT);
      if (roles.contains(bare) || bare.endsWith("s") && roles.contains(bare.substring(0, bare.length() - 1))) {
        return true;
      }
      if (last) {
        return false;
      }
    }
    return false;
  }

  private static String firstWord(String s) {
    int e = 0;
    while (e < s.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return s.substring(0, e).toLowerCase(Locale.ROOT);
  }
}
