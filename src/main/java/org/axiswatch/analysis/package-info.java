/**
 * Analysis across documents: what the findings add up to.
 *
 * <p>Takes the store's {@link org.axiswatch.store.KnowledgeBase}, read once as {@link
 * org.axiswatch.analysis.Knowledge} with the analyst's merges and splits applied, for the timeline
 * of dated events and exchanges, the network of who is linked to whom (JGraphT centrality), and
 * entity profiles; {@link org.axiswatch.analysis.FactGrouper} makes one fact of the reports of
 * several documents, keeping every report's own values (dates, quantities, status) with its source;
 * {@link org.axiswatch.analysis.Corroboration} grades each claim's information credibility
 * (Admiralty 1..6) on read by how other documents report the fact it carries (thresholds and
 * wording in analysis/credibility.yaml).
 *
 * <p>For briefs and exports: {@link org.axiswatch.analysis.Findings}, a typed aggregate of analysed
 * or stored documents, every fact with its {@link org.axiswatch.analysis.Provenance} (document,
 * span, sentence, evidence), selected by topic and dates; and {@link
 * org.axiswatch.analysis.BriefContent}, the brief's statements chosen, ordered and footnoted
 * before the outputs stage words them.
 *
 * <p>Must not touch: SQL and extraction; it reads, never writes. Wording and file formats belong
 * to outputs.
 */
package org.axiswatch.analysis;
