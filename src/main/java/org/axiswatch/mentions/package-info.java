/**
 * Stage 3, mentions: who and what the document names.
 *
 * <p>Takes the repaired text, sentences and document info; gives {@link
 * org.axiswatch.mentions.Mention}s (people, organisations, states, places, facilities, weapons,
 * dates, quantities) with spans in original offsets, and the document's {@link
 * org.axiswatch.mentions.Entity}s, each with every form seen. Knowledge (the gazetteer, title and
 * suffix cues) is data under {@code src/main/resources/mentions/}.
 *
 * <p>Must not touch: events, exchanges and claims; the store.
 */
package org.axiswatch.mentions;
