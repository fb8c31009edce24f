package org.axiswatch.facts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the words around an item say about its role: whether it is one of a list with the item
 * before it, a route the goods travel by rather than goods, or the one a thing is given to.
 */
final class ItemContext {
  /**
   * English list glue between two items: a comma or a coordinator ("along with"; after "in
   * return" too), then at most three words of the next item's own phrase ("5,000 military",
   * "other", "space-related").
   */
  private static final Pattern ENGLISH_GLUE = Pattern.compile(
      "\\s*(?:in (?:return|exchange)\\s*)?"
          + "(?:,\\s*(?:(?:and|or|as well as|plus|along with|together with|in addition to)\\s+)?"
          + "|\\s(?:and|or|as well as|plus|along with|together with)\\s+)"
          + "(?:[\\p{L}\\p{N}][\\p{L}\\p{N},.'’-]*\\s+){0,3}");
  /** Korean list glue: 과/와, 및, commas and middle dots, 이나/또는, with a few words between. */
  private static final Pattern KOREAN_GLUE = Pattern.compile(
      "(?:과|와|이나|나)?\\s*(?:,|、|·|및|또는|그리고)?\\s*(?:[가-힣A-Za-z0-9-]+\\s+){0,2}");
  /** After a transport word: 철도로, 항만을 통해 (by rail, through the port). */
  private static final Pattern ROUTE_AFTER = Pattern.compile(
      "(?:으로|로|편으로)(?![가-힣])|\\s*(?:을|를)?\\s*(?:통해|통하여|이용해|이용하여|거쳐)");
  /** Before a transport word: "by rail", "via the port of", "through the North's Rajin". */
  private static final Pattern ROUTE_BEFORE = Pattern.compile(
      "\\b(?:by|via|through)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$");
  /** "give … soldiers the chance to surrender": soldiers are who receives, not what is given. */
  private static final Pattern GIVING = Pattern.compile("(?:give|gave|given|giving|gives|offer(?:s|ed|ing)?)");
  private static final Pattern OBJECT_AFTER = Pattern.compile("\\s+(?:the|a|an)\\s");

  private final String text;

  ItemContext(String text) {
    this.text = text;
  }

  /** text[from, to) in lower case: only the few characters asked about are lowered. */
  private String lower(int from, int to) {
    return text.substring(from, to).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code next} follows {@code before} as the next item of one list. */
  boolean listed(ItemLexicon.Found before, ItemLexicon.Found next) {
    if (before == null || next.start() < before.end() || next.start() - before.end() > 40) {
      return false;
    }
    String gap = lower(before.end(), next.start());
    boolean hangul = gap.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    return (hangul ? KOREAN_GLUE : ENGLISH_GLUE).matcher(gap).matches() && !gap.isEmpty();
  }

  /** A rail line, road or port named as the way goods travel, not as the thing exchanged. */
  boolean route(ItemLexicon.Found item) {
    if (item.term().category() != ExchangeCategory.JOINT_VENTURE_INFRASTRUCTURE
        || item.term().self()) {
      return false;
    }
    String after = text.substring(item.end(), Math.min(text.length(), item.end() + 8));
    String before = lower(Math.max(0, item.start() - 40), item.start());
    return ROUTE_AFTER.matcher(after).lookingAt() || ROUTE_BEFORE.matcher(before).find();
  }

  /** The item stands between a giving verb and its object: it is the receiver ("give X the …"). */
  boolean recipient(ItemLexicon.Found item, CueLexicon.Found cue) {
    if (cue == null || cue.end() > item.start()
        || !GIVING.matcher(lower(cue.start(), cue.end())).matches()) {
      return false;
    }
    String after = lower(item.end(), Math.min(text.length(), item.end() + 6));
    return OBJECT_AFTER.matcher(after).lookingAt();
  }
}
