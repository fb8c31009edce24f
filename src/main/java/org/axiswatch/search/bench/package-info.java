/**
 * Benchmarks of the search stage: ingest throughput against raw Nori tokenization of the same
 * corpus, and query latency against bare matching of the same queries, both measured in the same
 * run. Called by {@code axiswatch bench ingest} and {@code axiswatch bench search}.
 */
package org.axiswatch.search.bench;
