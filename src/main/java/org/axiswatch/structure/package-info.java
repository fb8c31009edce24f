/**
 * Stage 2, structure: what the document is and how it is laid out.
 *
 * <p>Takes {@link org.axiswatch.read.RepairedText}; gives {@link
 * org.axiswatch.structure.DocumentInfo} (language, date, title, author), the {@link
 * org.axiswatch.structure.Outline} of Korean report style (개조식) or English headings, and the
 * {@link org.axiswatch.structure.Sentence}s. Spans are in original-text offsets.
 *
 * <p>Must not touch: names, entities and facts (later stages).
 */
package org.axiswatch.structure;
