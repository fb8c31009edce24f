package org.axiswatch.store;

/** A screening hit on a knowledge-base entity, from one document's analysis. */
public record StoredHit(String documentId, String entityId, String list, String ref,
    String listedName, double score, String why) {}
