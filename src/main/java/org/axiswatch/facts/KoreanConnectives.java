package org.axiswatch.facts;

/**
 * Korean connectives {@link ClauseBreaks} does not list by stem: any past stem before 고/며
 * (만났고, 갔고), and the sequence endings "…한 데 이어", "…한 뒤", "…한 후", "…한 다음",
 * "…하여", "…해" that join two dated acts ("이달 초 원산을 방문한 데 이어 지난 25일 …
 * 현지지도했다"). The break is the space after the connective. A sequence ending breaks only
 * when the next clause opens with its own day: "정상회담을 가진 뒤 조약에 서명했다" is one
 * occasion, and the signing shares the talks' date.
 */
final class KoreanConnectives {
  private static final char FIRST = 0xAC00;
  private static final char LAST = 0xD7A3;
  /** Jongseong index of ㅆ and ㄴ in a composed syllable. */
  private static final int SSANG_SIOT = 20;
  private static final int NIEUN = 4;
  /** Adnominal-looking syllables that are nouns of time before 뒤/후: "1년 뒤", "10분 후". */
  private static final String TIME_NOUNS = "년분간반순전";

  /** A clause opening with its own date: "4일", "지난 25일", "이튿날", "이달 초". */
  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
      "(?:지난|오는|이달|이번\\s?달|다음\\s?달|올해|지난해|작년)?\\s*\\d{1,2}\\s*[일월]|\\d{4}\\s*[년.]"
          + "|이튿날|다음\\s?날|이틀\\s?뒤|사흘\\s?뒤|같은\\s?날|이날|이달|지난달|지난\\s?달");

  private KoreanConnectives() {}

  /** Whether the space at text[at] follows a connective, looking no further back than start. */
  static boolean before(String text, int at, int start, int end) {
    if (at - 2 < start) {
      return false;
    }
    char a = text.charAt(at - 2);
    char b = text.charAt(at - 1);
    if ((b == '고' || b == '며') && finalOf(a) == SSANG_SIOT) {
      return true; // 만났고, 갔고, 냈고
    }
    if (b == '여' && a == '하' || b == '해' && finalOf(a) >= 0) {
      return dated(text, at, end); // 출발하여 2일 오후 …에 도착, 방문해 지난 1일
    }
    if (b == '어' && a == '이' && precededBy(text, at - 2, start, "데 ")) {
      return dated(text, at, end); // 방문한 데 이어
    }
    if (b == '서' && a == '어' && at - 3 >= start && text.charAt(at - 3) == '이'
        && precededBy(text, at - 3, start, "데 ")) {
      return dated(text, at, end); // 방문한 데 이어서
    }
    if ((b == '뒤' || b == '후') && a == ' ' || b == '음' && a == '다'
        && at - 3 >= start && text.charAt(at - 3) == ' ') {
      int word = b == '음' ? at - 3 : at - 2;
      return adnominalBefore(text, word, start) && dated(text, at, end); // 만난 뒤 4일
    }
    return false;
  }

  private static boolean dated(String text, int space, int end) {
    return DATED.matcher(text).region(space + 1, end).lookingAt();
  }

  /** The word ending at text[.., space) is a past adnominal (한, 만난, 된), not "1년", "시간". */
  private static boolean adnominalBefore(String text, int space, int start) {
    int end = space;
    if (end - 1 < start) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (finalOf(last) != NIEUN || TIME_NOUNS.indexOf(last) >= 0) {
      return false;
    }
    // a word of Hangul only: "3천 명이 온 뒤" has 온, but "10년 뒤" and "2시간 후" do not count
    return end - 2 < start || !Character.isDigit(text.charAt(end - 2));
  }

  private static boolean precededBy(String text, int at, int start, String word) {
    int from = at - word.length();
    return from >= start && text.startsWith(word, from);
  }

  private static int finalOf(char c) {
    return c >= FIRST && c <= LAST ? (c - FIRST) % 28 : -1;
  }
}
