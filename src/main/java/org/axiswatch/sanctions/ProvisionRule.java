package org.axiswatch.sanctions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.axiswatch.facts.ExchangeCategory;

/**
 * When a provision bears on an exchange, and what it says then. A rule with item keywords is
 * specific; one without is general; a fallback rule applies only when no specific rule matched
 * (the default reading of a category, e.g. "energy" read as refined products).
 *
 * @param categories exchange categories it covers
 * @param direction relative to the regime's target
 * @param items keywords of the item (any one must occur), empty for every item
 * @param unless keywords that take the item out of the rule
 * @param fallback true if it applies only when no specific rule matched
 * @param verdict what the provision makes of such an exchange (UNCLEAR: nearest provision only)
 * @param why the reason in words
 */
public record ProvisionRule(Set<ExchangeCategory> categories, Direction direction,
    List<String> items, List<String> unless, boolean fallback, Verdict verdict, String why) {

  public ProvisionRule(
      @JsonProperty(value = "categories", required = true) Set<ExchangeCategory> categories,
      @JsonProperty(value = "direction", required = true) Direction direction,
      @JsonProperty("items") List<String> items,
      @JsonProperty("unless") List<String> unless,
      @JsonProperty("fallback") boolean fallback,
      @JsonProperty(value = "verdict", required = true) Verdict verdict,
      @JsonProperty(value = "why", required = true) String why) {
    this.categories = Set.copyOf(categories);
    this.direction = Objects.requireNonNull(direction, "direction");
    this.items = items == null ? List.of() : List.copyOf(items);
    this.unless = unless == null ? List.of() : List.copyOf(unless);
    this.fallback = fallback;
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.why = Objects.requireNonNull(why, "why");
    if (this.categories.isEmpty()) {
      throw new IllegalArgumentException("a rule needs at least one category");
    }
    if (fallback && !this.items.isEmpty()) {
      throw new IllegalArgumentException("a fallback rule cannot have item keywords");
    }
  }

  public boolean specific() {
    return !items.isEmpty();
  }

  /** Whether the rule covers this exchange, reading keywords in {@code text}. */
  public boolean covers(ExchangeCategory category, Direction actual, String text) {
    if (!categories.contains(category) || !direction.covers(actual)) {
      return false;
    }
    if (unless.stream().anyMatch(k -> contains(text, k))) {
      return false;
    }
    return items.isEmpty() || items.stream().anyMatch(k -> contains(text, k));
  }

  /** The keyword that made a specific rule match, for the explanation. */
  public String keywordIn(String text) {
    return items.stream().filter(k -> contains(text, k)).findFirst().orElse(null);
  }

  /** Latin keywords match at a word start ("train" in "training", not "ship" in "partnership"). */
  static boolean contains(String text, String keyword) {
    String t = text.toLowerCase(Locale.ROOT);
    String k = keyword.toLowerCase(Locale.ROOT);
    if (!k.chars().allMatch(c -> c < 128)) {
      return t.contains(k);
    }
    for (int i = t.indexOf(k); i >= 0; i = t.indexOf(k, i + 1)) {
      char before = i == 0 ? ' ' : t.charAt(i - 1);
      if (!(before >= 'a' && before <= 'z') && !(before >= '0' && before <= '9')) {
        return true;
      }
    }
    return false;
  }
}
