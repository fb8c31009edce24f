package org.axiswatch.facts;

import java.util.List;
import java.util.regex.Matcher;
import org.axiswatch.mentions.EntityType;
import java.util.regex.Pattern;

/**
 * Where a Korean clause is what someone reports: "…회의를 열었다고 보도했다", "…만났다며". A meeting
 * inside such content is what was reported, not the occasion where the speaker spoke ("기자들과
 * 만나 "…"고 말했다" quotes, and its 고 follows the quotation mark).
 */
final class ReportedContent {
  /** A finite ending closing reported content: 다고, 라고, 냐고, 자고, 다며, 라며, 다는. */
  private static final Pattern CLOSES = Pattern.compile("(?<=[다라냐자])(?:고|며|면서)(?=\\s)");

  /** The topic that opens a sentence, the one who speaks: "우크라이나 정보당국은 ", after a
   * wire's byline "(서울=연합뉴스) 홍길동 기자 = ". */
  private static final Pattern TOPIC = Pattern.compile(
      "(?:\\([^)]{0,30}\\)\\s*(?:[가-힣]{2,4}\\s*(?:기자|특파원)\\s*)?=\\s*)?"
          + "(?:[^\\s\"“]+\\s){0,2}[^\\s\"“]*[가-힣](?<![하되있없않])[은는]\\s");

  private ReportedContent() {}

  /**
   * Where the sentence's opening topic ends (after its 은/는), when the sentence opens with one
   * within its first few words, else -1: the speaker of "…정보당국은 북한 장교들이 … 이달 초 …
   * 숨졌다고 주장했다" is not a gazetteer name, and the date after the content's own subject
   * dates the content.
   */
  static int topicEnd(DocumentView view, int start, int to) {
    Matcher m = TOPIC.matcher(view.text).region(start, Math.min(to, start + 80));
    return m.lookingAt() && !view.marks.quoted(m.start()) ? m.end() : -1;
  }

  /** A reporting verb closing its sentence: 보고했다., 밝혔다. */
  private static final Pattern SENTENCE_END = Pattern.compile("[가-힣]{0,4}[.。]?\\s*$");
  /** A word marked as subject: 북한이, 쇼이구가. */
  private static final Pattern SUBJECT_WORD = Pattern.compile("(?<![가-힣])[가-힣]+[이가]\\s");
  /** How far after an occasion word its own verb's ending stands: "회의를 열었다고". */
  private static final int OWN_VERB = 12;

  /**
   * Whether the word at {@code from} is itself closed as reported content ("…회의를 열었다고
   * 보도했다"), not the speaker's own occasion ("평양을 찾아 … 보내기로 했다고 밝혔다").
   */
  static boolean closes(DocumentView view, int from, int to) {
    return between(view, from, Math.min(to, from + OWN_VERB));
  }

  /** Whether an unquoted reported-content ending stands in text[from, to). */
  static boolean between(DocumentView view, int from, int to) {
    Matcher m = CLOSES.matcher(view.text).region(from, to).useTransparentBounds(true);
    while (m.find()) {
      if (!view.marks.quoted(m.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "국정원은 북한이 지난해 8월 이후 … 보냈다고 밝혔다": a date after the speaker and another actor
   * dates what was said, not the saying ("국정원은 1일 … 밝혔다" dates the saying). The speaker is
   * the person or body marked as subject before the verb, else the sentence's opening topic.
   */
  static boolean dates(DocumentView view, Spot date, int sentenceStart, int verbAt) {
    Spot speaker = null;
    for (Spot p : view.spotsIn(sentenceStart, verbAt)) {
      boolean person = p.type() == EntityType.ORG || p.type() == EntityType.PERSON;
      String after = view.text.substring(p.end(), Math.min(view.text.length(), p.end() + 2));
      if (person && !view.marks.quoted(p.start()) && after.matches("[은는이가도].*")) {
        speaker = p;
      }
    }
    int said = speaker != null ? speaker.end() : topicEnd(view, sentenceStart, verbAt);
    if (said < 0 || speaker != null && date.start() < speaker.start() || date.start() < said) {
      return false;
    }
    return view.spotsIn(said, date.start()).stream().anyMatch(Spot::isActor);
  }

  /**
   * "국가정보원은 지난달 국회 정보위원회에 북한이 … 파견했으며, … 보고했다": the sentence's first
   * date stands right after the speaker, before what is reported, so it is the reporting verb's
   * own, taken before the content's verbs may take it. Only when the verb (or a 개조식 noun: …라고
   * 언급) closes the sentence.
   */
  static Spot speakersDate(DocumentView view, SentenceView s, int verbAt) {
    if (!SENTENCE_END.matcher(view.text).region(verbAt, s.end()).lookingAt()) {
      return null;
    }
    int said = topicEnd(view, s.start(), verbAt);
    if (said < 0) {
      return null;
    }
    for (Spot d : view.spotsIn(said, verbAt)) {
      if (d.isDate() && !view.marks.quoted(d.start()) && !view.marks.bracketed(d.start())) {
        boolean actorBefore = view.spotsIn(said, d.start()).stream().anyMatch(Spot::isActor);
        return !actorBefore && d.start() - said <= 4 ? d : null;
      }
    }
    return null;
  }

  /** The speaker's own date ({@link #speakersDate}) with no occasion word of its own after it
   * (11일 회담 모두발언에서, 9월 4일 국회 보고에서), which would take it first. */
  static boolean speakerFirst(DocumentView view, SentenceView s, int verbAt, List<Integer> hits) {
    Spot d = speakersDate(view, s, verbAt);
    int content = d == null ? -1 : contentSubject(view, d.end(), verbAt);
    int until = content < 0 ? verbAt : content;
    return d != null && hits.stream().noneMatch(o -> o != verbAt && o >= d.end() && o < until);
  }

  /** Where the reported content's subject (북한이, 쇼이구가, 절반이) starts in text[from, to), or -1. */
  static int contentSubject(DocumentView view, int from, int to) {
    Matcher m = SUBJECT_WORD.matcher(view.text).region(from, to);
    while (m.find()) {
      if (!view.marks.quoted(m.start())) {
        return m.start();
      }
    }
    return -1;
  }
}
