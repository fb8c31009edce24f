package org.axiswatch.facts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.OutlineNode;

/**
 * The day a news report means when an event in it carries no date of its own: the dateline's.
 * A wire story or 기사 tells what happened on the day it is filed ("the two leaders held talks",
 * "조약에 서명했다"); a 개조식 brief's undated bullets are background and stay undated.
 */
final class NewsDay {
  /** A bulleted document (개조식) is a brief, not a report, past this share of bullet sentences. */
  private static final double BRIEF_SHARE = 0.3;
  /** Korean news closes a sentence in the past: 서명했다. 밝혔다. 파병했다고 전했다. */
  private static final Pattern KOREAN_PAST_END = Pattern.compile(
      "(?s).*[했였었았혔렸졌됐왔냈갔쳤켰웠](?:다|습니다)[.。]?[\"'”’)]*\\s*$");
  /** English simple past of the common irregular verbs a trigger may be. */
  private static final Set<String> IRREGULAR_PAST = Set.of("met", "held", "said", "told", "struck",
      "hit", "flew", "sent", "gave", "sold", "began", "took", "came", "made", "brought", "fought",
      "led", "shot", "built", "spoke", "went", "left", "won", "drew", "set", "wrote", "oversaw",
      "saw", "sought", "withdrew", "broke", "chose", "rose", "fled", "swore", "stood", "threw");
  /** "had sent", "has visited", "to meet", "will sign": not a report of the day. */
  private static final Pattern NOT_OF_THE_DAY = Pattern.compile(
      "(?s).*\\b(?:had|has|have|having|to|will|would|be|been|being)\\s+(?:\\w+\\s+)?$");

  private final DocumentView view;
  private final boolean news;
  private final boolean release;

  NewsDay(DocumentView view) {
    this.view = view;
    this.release = view.date != null && PressRelease.is(view);
    this.news = view.date != null && (release || bulletShare() < BRIEF_SHARE);
  }

  /**
   * The document's date for an undated trigger at working [start, end) of sentence {@code s}, or
   * null. An event that is not a report is left alone when its sentence names an earlier date
   * ("his first trip since July 2000, when he met …").
   */
  PartialDate of(SentenceView s, int start, int end, boolean reporting) {
    if (!news) {
      return null;
    }
    if (!reporting && earlierDateIn(s)) {
      return null;
    }
    if (s.korean()) {
      if (view.text.startsWith("앞서", s.start())) {
        return null; // "앞서 우크라이나 정보당국은 … 주장했다": told before the news day
      }
      String sentence = view.text.substring(s.start(), s.end());
      return KOREAN_PAST_END.matcher(sentence).matches()
          || release && PressRelease.speaksToday(sentence) ? view.date : null;
    }
    String word = view.text.substring(start, end).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    boolean past = word.endsWith("ed") || IRREGULAR_PAST.contains(word);
    String before = view.text.substring(Math.max(s.start(), start - 30), start);
    return past && !NOT_OF_THE_DAY.matcher(before).matches() ? view.date : null;
  }

  private boolean earlierDateIn(SentenceView s) {
    for (Spot d : view.spotsIn(s.start(), s.end())) {
      PartialDate v = d.isDate() ? DateChooser.value(d) : null;
      if (v != null && v.last().isBefore(view.date.first())) {
        return true;
      }
    }
    return false;
  }

  private double bulletShare() {
    int all = 0;
    int bullets = 0;
    for (SentenceView s : view.sentences) {
      if (s.heading()) {
        continue;
      }
      all++;
      List<OutlineNode> path = view.path(s.start());
      if (path.stream().anyMatch(n -> n.kind() == NodeKind.ITEM)) {
        bullets++;
      }
    }
    return all == 0 ? 0 : (double) bullets / all;
  }
}
