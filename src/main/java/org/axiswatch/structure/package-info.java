/**
 * Stage 2, structure: what the document is and how it is laid out.
 *
 * <p>Takes {@link org.axiswatch.read.RepairedText}; gives {@link
 * org.axiswatch.structure.DocumentInfo} (language, date, title, author; {@link
 * org.axiswatch.structure.DocumentInfoFinder}), the {@link org.axiswatch.structure.Outline} of Korean
 * report style (개조식) or English headings ({@link org.axiswatch.structure.OutlineBuilder}), and the
 * {@link org.axiswatch.structure.Sentence}s, split node by node ({@link
 * org.axiswatch.structure.SentenceSplitter}). Spans are in original-text offsets. Word lists
 * (surnames, byline titles, abbreviations) live in {@code src/main/resources/structure/}.
 *
 * <p>Must not touch: names, entities and facts (later stages).
 */
package org.axiswatch.structure;
