package org.axiswatch.store;

import java.time.Instant;
import org.axiswatch.pipeline.PartialDate;

/** One stored document as `axiswatch documents` lists it. */
public record DocumentSummary(String id, String fileName, PartialDate date, String language,
    String title, String author, Instant ingestedAt, int mentions, int events, int exchanges) {}
