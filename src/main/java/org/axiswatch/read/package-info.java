/**
 * Stage 1, read: a file on disk becomes text.
 *
 * <p>Takes a path; gives {@link org.axiswatch.read.SourceDocument} (the original text exactly as
 * decoded or extracted, with the SHA-256 of the file's bytes as identity) and {@link
 * org.axiswatch.read.RepairedText} (the working text with PDF breakage mended, and an offset map back
 * to the original). Every later offset points into the original text.
 *
 * <p>{@link org.axiswatch.read.SourceReader} picks the reader by extension: text and markdown
 * ({@link org.axiswatch.read.EncodingDetector}: BOM, strict UTF-8, strict CP949/EUC-KR), HTML (main
 * text via jsoup), PDF (PDFBox text layer). Bad input is a {@link org.axiswatch.read.ReadException}
 * with one line naming the file and the problem. {@link org.axiswatch.read.TextRepair} mends the
 * text; {@link org.axiswatch.read.LineMarker} (outline markers) and {@link
 * org.axiswatch.read.TextLine} are shared with the structure stage.
 *
 * <p>Must not touch: the store, and anything about the meaning of the text.
 */
package org.axiswatch.read;
