package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The words read from a pattern: what every match starts with, or at least contains. */
class RequiredLiteralsTest {

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("정상회담|회담|회동", 0, "L 정상회담 회담 회동"),
        Arguments.of("(?:회의|협의회)(?:를|을)?\\s*(?:주재|소집)", 0, "L 협의회 협의회를 협의회을 회의 회의를 회의을"),
        Arguments.of("(?<!합동|연합)군사\\s*훈련|기동\\s*훈련", 0, "L 군사 기동"),
        Arguments.of("발사(?!체|대)|시험발사", 0, "L 발사 시험발사"),
        Arguments.of("\\b(?:said|Told)\\b", Pattern.CASE_INSENSITIVE, "L said told"),
        Arguments.of("\\b(?:possibl[ey]|(?:un)?likely)\\b", Pattern.CASE_INSENSITIVE,
            "L likely possible possibly unlikely"),
        Arguments.of("\\Qalmost\\E\\s*\\Qcertainly\\E", 0, "L almost"),
        Arguments.of("[할될줄]\\s*것|예정", 0, "L 될 예정 줄 할"),
        Arguments.of("[.。](?=\\s)", 0, "L . 。"),
        Arguments.of("help(?:ed|s)?", 0, "L help helped helps"),
        Arguments.of("(?:a|b)+c", 0, "L a b"),
        // a match need not start with the word, only hold it
        Arguments.of("[가-힣]+다", 0, "C 다"),
        Arguments.of("\\s?[가-힣]{1,6}[은는]\\s", 0, "C 는 은"),
        // nothing known: every place may match
        Arguments.of("(?i)said", 0, "-"),
        Arguments.of("a*", 0, "-"),
        Arguments.of("(a)\\1", 0, "-"),
        Arguments.of("\\Gsaid", 0, "-"),
        Arguments.of(".+", 0, "-"),
        Arguments.of("said", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE, "-"));
  }

  @ParameterizedTest
  @MethodSource("patterns")
  void wordsOfPattern(String regex, int flags, String expected) {
    RequiredLiterals.Words words = RequiredLiterals.of(Pattern.compile(regex, flags));
    String found = words == null ? "-"
        : (words.leading() ? "L " : "C ") + String.join(" ", words.words().stream().sorted().toList());
    assertThat(found).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void foldsOnlyAsciiCapitals() {
    assertThat(RequiredLiterals.fold('S')).isEqualTo('s');
    assertThat(RequiredLiterals.fold('É')).isEqualTo('É');
    assertThat(RequiredLiterals.fold('한')).isEqualTo('한');
    assertThat(RequiredLiterals.of(Pattern.compile("MiG", Pattern.CASE_INSENSITIVE)).words())
        .isEqualTo(Set.of("mig"));
  }
}
