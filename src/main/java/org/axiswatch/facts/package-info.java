/**
 * Stage 4, facts: who did what when, who gives what to whom, and who says so.
 *
 * <p>Takes sentences, outline, document info, mentions and entities; gives {@link
 * org.axiswatch.facts.Event}s (with PLOVER coding), {@link org.axiswatch.facts.Exchange}s and
 * {@link org.axiswatch.facts.Claim}s, each with the span of its evidence. Trigger words, the item →
 * category map, hedges and source ratings are data under {@code src/main/resources/facts/}.
 *
 * <p>Must not touch: sanctions decisions (a later stage judges exchanges), the store.
 */
package org.axiswatch.facts;
