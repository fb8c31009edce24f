/**
 * Stage 4, facts: who did what when, who gives what to whom, and who says so.
 *
 * <p>Takes the repaired text, sentences, outline, document info, mentions and entities; gives
 * {@link org.axiswatch.facts.Event}s (with PLOVER coding), {@link org.axiswatch.facts.Exchange}s
 * and {@link org.axiswatch.facts.Claim}s, each with the span of the sentence it came from.
 * {@link org.axiswatch.facts.FactFinder} is the stage; {@code EventFinder}, {@code
 * ExchangeFinder} (with {@code Parties} for who gives and who receives) and {@code ClaimFinder}
 * do the work over a {@code DocumentView} of the text in working offsets. Trigger words, the item
 * → category map, cue words, hedges, actors and source grades, and heading words are data under
 * {@code src/main/resources/facts/} (README.md there). A document is read once for the literal
 * words its patterns need ({@code PatternSieve}), so each pattern runs only where it may match.
 *
 * <p>Must not touch: sanctions decisions (a later stage judges exchanges), the store.
 */
package org.axiswatch.facts;
