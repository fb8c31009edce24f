/**
 * Stage 1, read: a file on disk becomes text.
 *
 * <p>Takes a path; gives {@link org.axiswatch.read.SourceDocument} (the original text exactly as
 * decoded or extracted, with its content hash as identity) and {@link
 * org.axiswatch.read.RepairedText} (the working text with PDF breakage mended, and an offset map back
 * to the original). Every later offset points into the original text.
 *
 * <p>Must not touch: the store, and anything about the meaning of the text.
 */
package org.axiswatch.read;
