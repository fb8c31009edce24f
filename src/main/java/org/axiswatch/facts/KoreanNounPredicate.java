package org.axiswatch.facts;

import java.util.regex.Pattern;

/**
 * When a Korean noun trigger carries its clause's predicate (정상회담을 가짐, 파견., 거부권
 * 행사(2024년 3월 28일), 열병식을 참관하며), and when it is only what a statement is about (파병
 * 사실을 인정했다).
 */
final class KoreanNounPredicate {
  /** What may follow a Korean noun for it to be the predicate. */
  private static final Pattern NOUN_PREDICATE = Pattern.compile(
      "(?:\\s*(?:을|를)\\s*(?:가졌|가짐|가진|갖|개최|열었|열어|열고|열며|진행|실시|단행|감행|했|한|함|하였|하고|해)"
          + "|했|한|함|하였|하고|해|하며|하는|하기|하여|됐|되었|된|됨|돼|되|시켰|할|하겠|\\s*[.。;]|\\s*$).*",
      Pattern.DOTALL);
  /** An occasion someone attends is the predicate's: "열병식을 참관하며", "기념식에 참석했다". */
  private static final Pattern ATTENDED = Pattern.compile("\\s*(?:(?:을|를)\\s*참관|에\\s*참석)");
  /** "파병 사실을 인정했다", "방북 여부를": the noun is what a statement is about, not an event. */
  private static final Pattern SUBJECT_MATTER = Pattern.compile(
      "(?:한|했던|하였던|된|했다는|하였다는|됐다는)?\\s*(?:사실|여부|의혹|소식|가능성|문제)(?:을|를|이|가|은|는|도|에|과|와|의|\\s)");

  private KoreanNounPredicate() {}

  /** Whether the noun ending at {@code end} is the predicate of its sentence ending at sentenceEnd. */
  static boolean carries(String text, int end, int sentenceEnd, EventType type) {
    String rest = text.substring(end, sentenceEnd);
    return NOUN_PREDICATE.matcher(rest).matches() || BracketDate.onlyBracket(rest)
        || type == EventType.EVENT && ATTENDED.matcher(rest).lookingAt();
  }

  /** Whether the noun ending at {@code end} is the matter of a statement: "파병 사실을", "방북 여부". */
  static boolean subjectMatter(String text, int end, int sentenceEnd) {
    return SUBJECT_MATTER.matcher(text).region(end, sentenceEnd).lookingAt();
  }
}
