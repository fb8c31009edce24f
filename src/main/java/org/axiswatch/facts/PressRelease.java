package org.axiswatch.facts;

import java.util.regex.Pattern;

/**
 * A Korean government press release (보도자료, 배포일시 …): its bullets are the government's own
 * words on the day it is issued ("…을 다시 한번 강조합니다", "즉각 중단을 촉구합니다"), so, like a
 * news report, its undated statements take the release date.
 */
final class PressRelease {
  /** How far into the text the release's masthead stands. */
  private static final int HEAD = 300;
  private static final Pattern MASTHEAD = Pattern.compile(
      "보\\s?도\\s?자\\s?료|보도참고자료|배포일시|배포\\s?일자|보도일시");
  /** A formal present closing the government's own statement: 강조합니다, 촉구합니다. */
  private static final Pattern FORMAL_PRESENT = Pattern.compile(
      "(?s).*(?:합니다|하였습니다|했습니다)[.。]?[\"'”’)]*\\s*$");

  private PressRelease() {}

  static boolean is(DocumentView view) {
    return MASTHEAD.matcher(view.text.substring(0, Math.min(HEAD, view.text.length()))).find();
  }

  /** Whether the sentence closes as the issuer speaking on the day: "…촉구합니다." */
  static boolean speaksToday(String sentence) {
    return FORMAL_PRESENT.matcher(sentence).matches();
  }
}
