package org.axiswatch.facts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Korean transfers that are no exchange: the North's own earnings abroad ("해외 노동자 송출을
 * 통한 외화벌이로 자금을 확보", "외화를 획득"), where the item is what was earned or the means of
 * earning, and a transfer put as a condition ("이전한다면", "보낼 경우"), which says what would
 * follow, not what was given; and the rule a resolution sets ("결의 2397호는 북한에 대한 정제유
 * 공급을 연간 50만 배럴로 묶어 두고 있다"), which names a supply it caps, not one made.
 */
final class KoreanTransferLimits {
  private static final Set<CueKind> EARNING = EnumSet.of(CueKind.EARN);
  private static final Set<CueKind> CONDITION = EnumSet.of(CueKind.HYPOTHETICAL);
  /** How far before the item an earning word still governs it (…외화벌이로 막대한 자금을). */
  private static final int EARN_REACH = 20;
  /** How far after the transfer verb its conditional ending stands (이전한다면, 보낼 경우). */
  private static final int CONDITION_REACH = 6;
  /** A resolution or law as the sentence's topic: "결의 2397호는", "안보리 결의는", "대북제재법은". */
  private static final java.util.regex.Pattern RULE_TOPIC = java.util.regex.Pattern.compile(
      "(?:결의(?:안)?|법|협정|조약)\\s*(?:제\\s*)?(?:\\d{3,4}\\s*호)?\\s*(?:는|은)\\s");

  private KoreanTransferLimits() {}

  /** Whether the item and its verb are an earning or a condition, not an exchange. */
  static boolean noExchange(DocumentView view, SentenceView s, ItemLexicon.Found item,
      CueLexicon.Found cue) {
    if (!s.korean() || cue == null) {
      return false;
    }
    int from = Math.max(s.clauseStart(item.start()), item.start() - EARN_REACH);
    int to = Math.min(s.end(), Math.max(cue.end(), item.end()) + 2);
    if (!view.cues.find(from, to, EARNING).isEmpty()) {
      return true;
    }
    if (RULE_TOPIC.matcher(view.text).region(s.start(), item.start()).find()) {
      return true;
    }
    int after = Math.max(cue.end(), item.end());
    return !view.cues.find(after, Math.min(s.end(), after + CONDITION_REACH), CONDITION).isEmpty();
  }
}
