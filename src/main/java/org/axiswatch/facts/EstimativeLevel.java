package org.axiswatch.facts;

/** ICD 203's seven estimative levels, with the probability range each stands for. */
public enum EstimativeLevel {
  ALMOST_NO_CHANCE(0.01, 0.05),
  VERY_UNLIKELY(0.05, 0.20),
  UNLIKELY(0.20, 0.45),
  ROUGHLY_EVEN(0.45, 0.55),
  LIKELY(0.55, 0.80),
  VERY_LIKELY(0.80, 0.95),
  ALMOST_CERTAIN(0.95, 0.99);

  private final double low;
  private final double high;

  EstimativeLevel(double low, double high) {
    this.low = low;
    this.high = high;
  }

  public double low() {
    return low;
  }

  public double high() {
    return high;
  }

  /** The middle of the range, for a single confidence figure (e.g. STIX confidence = 100 × this). */
  public double midpoint() {
    return (low + high) / 2;
  }
}
