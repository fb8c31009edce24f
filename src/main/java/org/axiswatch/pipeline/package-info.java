/**
 * The shared document and the values every stage speaks.
 *
 * <p>Takes nothing; gives {@link org.axiswatch.pipeline.AnalyzedDocument} (a document with typed
 * keys, as CoreNLP's Annotation), {@link org.axiswatch.pipeline.Stage} (one job, declared inputs
 * and outputs), {@link org.axiswatch.pipeline.Pipeline} (checks stage order at construction and
 * times each stage), and the small values shared by all stages: {@link org.axiswatch.pipeline.Span}
 * (offsets into the original text), {@link org.axiswatch.pipeline.PartialDate} and
 * {@link org.axiswatch.pipeline.Language}.
 *
 * <p>Must not touch: any stage. Stages depend on this package, never the reverse.
 */
package org.axiswatch.pipeline;
