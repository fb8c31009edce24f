package org.axiswatch.sanctions;

import java.util.Objects;

/**
 * A quantity a provision allows.
 *
 * @param quantity how much
 * @param unit "barrels", "tonnes", "USD"
 * @param period "year", "12 months", "Oct-Dec 2017"
 * @param note how the cap is counted or notified, or null
 */
public record Cap(double quantity, String unit, String period, String note) {
  public Cap {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    if (quantity <= 0) {
      throw new IllegalArgumentException("cap quantity must be positive: " + quantity);
    }
  }

  @Override
  public String toString() {
    String q = quantity == Math.rint(quantity) ? String.format("%,.0f", quantity)
        : String.valueOf(quantity);
    return q + " " + unit + " per " + period;
  }
}
