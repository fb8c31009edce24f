package org.axiswatch.facts;

import java.util.regex.Pattern;

/**
 * Who an English giving verb's objects are. "giving the North air-defence missiles", "sent
 * Russia 220 heavy guns": the state right after the verb, with at most a few words of the item's
 * own phrase before the item, receives it (a demonym, "North Korean troops", describes the item
 * instead). And "to test the weapons and train its crews": a verb after the item that takes an
 * object of its own is another verb's, not the item's.
 */
final class EnglishObjects {
  /** Words that may stand between the receiver and the item: its own modifiers, a number. */
  private static final Pattern ITEM_WORDS = Pattern.compile(
      "\\s+(?:(?:about|some|roughly|around|more than|nearly|over|up to)\\s+)?"
          + "(?:[\\p{L}\\p{N}][\\p{L}\\p{N},.-]*\\s+){0,3}");
  /** Between the verb and the receiver: nothing, or an article ("giving the DPRK drones"). */
  private static final Pattern LEAD = Pattern.compile("(?i)\\s*(?:the\\s+)?");
  /** A word between them that makes the receiver something else's: a preposition, a verb. */
  private static final Pattern NOT_ITEM = Pattern.compile(
      "(?i)\\b(?:to|with|from|for|in|into|of|and|or|that|which|was|were|is|are|has|had|have|said)\\b");
  /** "North Korean", "Russian", "Chinese": a state's adjective, not the state as an object. */
  private static final Pattern DEMONYM = Pattern.compile("(?:an|ian|ean|ese|ish|ch|i)$");
  /** After an item and "and"/"to": a verb that takes its own object ("train its crews"). */
  private static final Pattern OWN_OBJECT_AFTER = Pattern.compile(
      "(?i)\\s+(?:the|its|their|his|her|our|own|these|those)\\b");
  private static final Pattern NEW_VERB_BEFORE = Pattern.compile("(?i).*\\b(?:and|to|or)\\s+$");

  /** "…, including nuclear …", "such as oil": items named as examples of what went before. */
  private static final Pattern EXAMPLES = Pattern.compile(
      "(?i)\\b(?:including|such as|among them|notably|in particular)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
  /** Between a verb and its object, the end of an aside: "may be transferring, or intend to
   * transfer, military technology". */
  private static final Pattern ASIDE_END = Pattern.compile(",\\s*");

  private EnglishObjects() {}

  /** Whether {@code item} is an example after "including", "such as" (it shares the verb before). */
  static boolean example(String text, ItemLexicon.Found item, int sentenceStart) {
    String before = text.substring(Math.max(sentenceStart, item.start() - 40), item.start());
    return EXAMPLES.matcher(before).find();
  }

  /** Whether the object {@code item} follows its verb {@code cue} after only a comma. */
  static boolean afterAside(String text, CueLexicon.Found cue, ItemLexicon.Found item) {
    return cue.end() <= item.start()
        && ASIDE_END.matcher(text).region(cue.end(), item.start()).matches();
  }

  /** Whether state spot {@code p} is the first object of giving verb {@code cue}, before the item. */
  static boolean receiver(String text, Spot p, CueLexicon.Found cue, ItemLexicon.Found item) {
    if (p.start() < cue.end() || p.end() > item.start()
        || !LEAD.matcher(text.substring(cue.end(), p.start())).matches()
        || DEMONYM.matcher(text.substring(p.start(), p.end())).find()) {
      return false;
    }
    String between = text.substring(p.end(), item.start());
    return ITEM_WORDS.matcher(between).matches() && !NOT_ITEM.matcher(between).find();
  }

  /**
   * Whether {@code cue}, standing after {@code item}, opens a verb phrase of its own: "… the
   * weapons and train its crews" (the weapons are tested, not trained or given).
   */
  static boolean ownVerbAfter(String text, ItemLexicon.Found item, CueLexicon.Found cue) {
    if (cue.start() < item.end()) {
      return false;
    }
    String gap = text.substring(item.end(), cue.start());
    String after = text.substring(cue.end(), Math.min(text.length(), cue.end() + 8));
    return NEW_VERB_BEFORE.matcher(gap).matches() && OWN_OBJECT_AFTER.matcher(after).lookingAt();
  }
}
