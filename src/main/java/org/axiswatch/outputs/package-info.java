/**
 * Stage 9, outputs: what leaves Axiswatch.
 *
 * <p>Takes analysed documents and the knowledge base; gives the analysis JSON contract
 * ({@link org.axiswatch.outputs.AnalysisJson}, documented in docs/analysis-json.md), the brief,
 * and exports (STIX 2.1, FollowTheMoney, GraphML, CSV).
 *
 * <p>Must not touch: extraction. Outputs only format what earlier stages decided.
 */
package org.axiswatch.outputs;
