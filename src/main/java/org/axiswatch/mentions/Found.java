package org.axiswatch.mentions;

/**
 * A candidate mention in working-text offsets, before overlaps are settled.
 *
 * @param entityId gazetteer id, or context id (type:form), or null for dates and quantities
 * @param entry the gazetteer entry, or null
 * @param origin gazetteer, context or pattern
 * @param value normalized date or quantity, else null
 */
record Found(EntityType type, int start, int end, String entityId, GazetteerEntry entry,
    String origin, String value) {
  Found {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad candidate span [" + start + ", " + end + ")");
    }
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Found o) {
    return start < o.end && o.start < end;
  }

  static Found of(GazetteerEntry e, int start, int end) {
    return new Found(e.type(), start, end, e.id(), e, "gazetteer", null);
  }
}
