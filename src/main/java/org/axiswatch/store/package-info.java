/**
 * The knowledge base: analysed documents in an embedded H2 file database (default, under a data
 * directory) or PostgreSQL, with one set of Flyway migrations ({@code store/db/migration}).
 *
 * <p>Takes {@link org.axiswatch.pipeline.AnalyzedDocument}s; {@link
 * org.axiswatch.store.DocumentWriter} stores each, all its rows or none, keyed by its content hash,
 * resolving its entities to knowledge-base entities ({@link org.axiswatch.resolve.CrossDocumentResolver});
 * {@link org.axiswatch.store.Ingester} reads and analyses on worker threads, stores in file order
 * in commit groups (a savepoint per document) and then tells {@link
 * org.axiswatch.store.StoredDocumentListener}s (the search index); {@link
 * org.axiswatch.store.KnowledgeBase} reads everything back, and {@link
 * org.axiswatch.store.IngestLock} keeps one writer per data directory. Plain JDBC, parameterised
 * SQL.
 *
 * <p>Must not touch: extraction (it stores what the stages found, as found).
 */
package org.axiswatch.store;
