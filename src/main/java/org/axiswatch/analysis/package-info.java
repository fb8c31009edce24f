/**
 * Analysis across the knowledge base: the timeline of dated events and exchanges, the network of
 * who is linked to whom (JGraphT centrality), and entity profiles.
 *
 * <p>Takes the store's {@link org.axiswatch.store.KnowledgeBase}, read once as {@link
 * org.axiswatch.analysis.Knowledge} with the analyst's merges and splits applied; {@link
 * org.axiswatch.analysis.FactGrouper} makes one fact of the reports of several documents, keeping
 * every report's own values (dates, quantities, status) with its source.
 *
 * <p>Must not touch: SQL and extraction; it reads, never writes.
 */
package org.axiswatch.analysis;
