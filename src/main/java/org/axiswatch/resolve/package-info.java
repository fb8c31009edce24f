/**
 * Resolve: is this name the same as that one? Name matching across scripts and spellings, reused by
 * sanctions screening now and by cross-document entity resolution later.
 *
 * <p>Takes names as strings (Hangul, South or North spelling; Revised Romanization,
 * McCune–Reischauer, the North's plain spelling, press spellings; any order, spacing or hyphens).
 * Gives {@link org.axiswatch.resolve.NameMatch}es with a score and the rules that made them
 * match, and a {@link org.axiswatch.resolve.NameIndex} that finds candidates without comparing
 * every pair.
 *
 * <p>The core idea: romanization loses information (the North writes ㅓ and ㅗ both as "o"), so
 * names are not transliterated from Hangul to Latin but both sides go to a phonetic key that
 * merges exactly the distinctions the spelling systems blur ({@link org.axiswatch.resolve.PhoneticKey}).
 *
 * <p>Must not touch: the pipeline document, designation lists, the store.
 */
package org.axiswatch.resolve;
