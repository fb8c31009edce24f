package org.axiswatch.read;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, in reading order (PDFBox, sorted by position). What the extraction
 * breaks in Korean (words split at line ends, footnotes inside sentences) is mended later by
 * {@link TextRepair}; this text is the original that offsets point into.
 */
final class PdfReader {
  private PdfReader() {}

  static String extract(Path file, byte[] bytes) throws ReadException {
    if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
        .equals("%PDF-")) {
      throw new ReadException(file, "not a PDF (no %PDF- header): broken or mislabelled file");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      // owner-password-only files are common for published briefs; refuse only when extraction is barred
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw new ReadException(file, "encrypted PDF: text extraction not permitted");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setPageEnd("\n");
      return stripper.getText(pdf);
    } catch (InvalidPasswordException e) {
      throw new ReadException(file, "encrypted PDF: a password is needed to open it", e);
    } catch (IOException | RuntimeException e) {
      throw new ReadException(file, "broken PDF: " + oneLine(e.getMessage()), e);
    }
  }

  private static String oneLine(String s) {
    return s == null ? "cannot be parsed" : s.replaceAll("\\s+", " ").strip();
  }
}
