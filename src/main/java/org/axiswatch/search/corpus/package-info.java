/**
 * A seeded generator of synthetic Korean and English field documents (summits, visits, launches,
 * arms transfers, sanctions statements, exercises) for the ingest and search benchmarks. Names come
 * from {@code src/main/resources/corpus/}; the texts are fiction and never test data for
 * extraction. Same seed, same documents, byte for byte.
 */
package org.axiswatch.search.corpus;
