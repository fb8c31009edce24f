/**
 * Analysis: what the findings of many documents add up to.
 *
 * <p>Takes analysed documents (or, through the knowledge base, stored ones); gives {@link
 * org.axiswatch.analysis.Findings} (a typed aggregate across documents, every fact with its
 * {@link org.axiswatch.analysis.Provenance}) and {@link org.axiswatch.analysis.BriefContent} (the
 * brief's statements chosen, ordered and footnoted, before wording), plus timelines and networks.
 *
 * <p>Must not touch: extraction and sanctions judgement (it only reads their results); wording and
 * file formats (the outputs stage words and writes).
 */
package org.axiswatch.analysis;
