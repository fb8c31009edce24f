package org.axiswatch.sanctions;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sanctions regime: its target state and its provisions, in the order of its files.
 *
 * @param name "UN"
 * @param target ISO alpha-3 of the target state ("PRK")
 * @param provisions every provision, resolution by resolution
 * @param sources source id → citation
 */
public record Regime(String name, String target, List<Provision> provisions,
    Map<String, String> sources) {
  public Regime {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    provisions = List.copyOf(provisions);
    sources = Map.copyOf(sources);
  }

  /** Provisions of one resolution ("1718"), or all when resolution is null. */
  public List<Provision> provisions(String resolution) {
    return resolution == null ? provisions
        : provisions.stream().filter(p -> p.resolution().equalsIgnoreCase(resolution)).toList();
  }
}
