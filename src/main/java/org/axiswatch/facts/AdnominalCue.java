package org.axiswatch.facts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Korean transfer verb that modifies the item it moved: "북한에 들어간 러시아산 석유",
 * "러시아가 제공한 방공체계", "북한이 넘긴 포탄". The verb stands before its item in an adnominal
 * form (…ㄴ, …던), with at most an origin or possessor word between (러시아산, 북한제, 북한의).
 */
final class AdnominalCue {
  /** What may stand between the verb's word and the item: origin, make or possessor words. */
  private static final Pattern BETWEEN =
      Pattern.compile("\\s+(?:[가-힣A-Za-z]{1,8}(?:산|제|측|의|형)\\s+){0,2}");
  private static final int NIEUN = 4;

  private AdnominalCue() {}

  /** The adnominal transfer verb right before the item, or null. */
  static CueLexicon.Found before(String text, ItemLexicon.Found item, List<CueLexicon.Found> cues) {
    CueLexicon.Found found = null;
    for (CueLexicon.Found c : cues) {
      if (c.end() > item.start() || item.start() - c.end() > 24) {
        continue;
      }
      int wordEnd = c.end();
      while (wordEnd < item.start() && !Character.isWhitespace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd > c.start() && adnominal(text.charAt(wordEnd - 1), text, wordEnd)
          && BETWEEN.matcher(text).region(wordEnd, item.start()).matches()) {
        found = c;
      }
    }
    return found;
  }

  /** A past or present adnominal ending: 간, 한, 넘긴, 보낸, …던. */
  private static boolean adnominal(char last, String text, int wordEnd) {
    if (last == '던') {
      return true;
    }
    return last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 == NIEUN
        && !text.startsWith("은", wordEnd - 1) && !text.startsWith("는", wordEnd - 1);
  }
}
