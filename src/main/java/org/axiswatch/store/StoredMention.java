package org.axiswatch.store;

import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Span;

/** A mention that names a knowledge-base entity, with its document and span. */
public record StoredMention(String documentId, int ordinal, String entityId, EntityType type,
    String text, Span span) {}
