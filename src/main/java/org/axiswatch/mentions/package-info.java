/**
 * Stage 3, mentions: who and what the document names.
 *
 * <p>Takes the repaired text and the document info (its date resolves relative dates); gives
 * {@link org.axiswatch.mentions.Mention}s (people, organisations, states, places, facilities,
 * weapons, dates, quantities) with spans in original offsets, particles left out, no two named
 * mentions overlapping, and the document's {@link org.axiswatch.mentions.Entity}s, each with every
 * form seen plus the gazetteer's names. Footnotes that repair took out of the working text are read
 * in place.
 *
 * <p>How: {@link org.axiswatch.mentions.GazetteerMatcher} walks a trie of every known form with
 * Korean word edges; {@link org.axiswatch.mentions.PressFormFinder} takes the press's one-syllable
 * state names (북러, 대북, 러의) only in their contexts; the context finders add names the gazetteer
 * lacks from titles, suffixes and Nori's proper-noun tags; {@link org.axiswatch.mentions.DateFinder}
 * and {@link org.axiswatch.mentions.QuantityFinder} normalise dates and amounts (a bare day or a
 * day word such as 전날 or "the next day" is settled by {@link org.axiswatch.mentions.DateContext}
 * against the day named before it in the same or the previous sentence);
 * {@link org.axiswatch.mentions.SeatResolver} reads an English capital standing for its government
 * ("Pyongyang has sent troops") as the state, and "the North"/"the South" as the Koreas;
 * {@link org.axiswatch.mentions.BylineFinder} reads the people of a byline,
 * {@link org.axiswatch.mentions.WeaponClassFinder} weapon classes the gazetteer lacks ("artillery
 * munitions"), and {@link org.axiswatch.mentions.StateBodyResolver} a state's body ("Russia's
 * Defence Ministry", 우크라이나 보안국) as that state's. {@link org.axiswatch.mentions.ChunkWords} reads
 * each chunk once for its word starts, digit runs and whether it holds Hangul; the finders that
 * open on words look them up there instead of scanning the chunk again. Knowledge (the gazetteer, press forms,
 * particles, cues, units, weapon words, day words, parts of a year) is data under
 * {@code src/main/resources/mentions/}, documented in its README.
 *
 * <p>Entity ids: states by ISO alpha-3 (PRK, RUS, USA, KOR, CHN, JPN, UKR), other gazetteer
 * entries by the slug of the English name (kim-jong-un, vostochny-cosmodrome), context-only
 * entities as {@code <type>:<normalized form>} (org:여의도연구원).
 *
 * <p>Must not touch: events, exchanges and claims; the store.
 */
package org.axiswatch.mentions;
