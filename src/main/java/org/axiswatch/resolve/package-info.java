/**
 * Resolve: is this name the same as that one, and which knowledge-base entity is this?
 *
 * <p>Name matching across scripts and spellings, reused by sanctions screening and by
 * cross-document resolution. Takes names as strings (Hangul, South or North spelling; Revised
 * Romanization, McCune–Reischauer, the North's plain spelling, press spellings; any order, spacing
 * or hyphens). Gives {@link org.axiswatch.resolve.NameMatch}es with a score and the rules that
 * made them match, and a {@link org.axiswatch.resolve.NameIndex} that finds candidates without
 * comparing every pair.
 *
 * <p>The core idea: romanization loses information (the North writes ㅓ and ㅗ both as "o"), so
 * names are not transliterated from Hangul to Latin but both sides go to a phonetic key that
 * merges exactly the distinctions the spelling systems blur ({@link org.axiswatch.resolve.PhoneticKey}).
 *
 * <p>Organisations are not people: {@link org.axiswatch.resolve.OrgMatcher} and
 * {@link org.axiswatch.resolve.OrgIndex} compare their names by acronym, words and whole-name key,
 * and the personal-name rules (surname split, initial-sound rule, silent h) never reach an acronym.
 *
 * <p>Across documents: {@link org.axiswatch.resolve.CrossDocumentResolver} gives the
 * knowledge-base id a document's entity is (gazetteer id, else a known entity sharing a normalized
 * form, else one the name matcher accepts through {@link org.axiswatch.resolve.FormMatcher});
 * {@link org.axiswatch.resolve.IdentityMap} applies the analyst's merge and split decisions when
 * the knowledge base is read.
 *
 * <p>Must not touch: the pipeline document, designation lists, SQL (the store asks, this package
 * decides).
 */
package org.axiswatch.resolve;
