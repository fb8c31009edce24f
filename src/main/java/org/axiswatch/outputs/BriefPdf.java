package org.axiswatch.outputs;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.pipeline.Language;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The brief as PDF: the print HTML (no scripts: the timeline and exchange flows are drawn on the
 * server as images, the actor network is left to the HTML brief, and a note says so) laid out by
 * openhtmltopdf with an embedded Hangul font. Without the font Korean text would come out blank,
 * so a missing font is an error, not a fallback.
 */
public final class BriefPdf {
  /** Debian's fonts-nanum; bin/test installs it. */
  public static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/nanum");
  static final String FAMILY = "NanumGothic";

  static {
    // the renderer narrates its work and PDFBox warns that it substitutes the standard 14 fonts
    // the brief never uses; a command's output is for the analyst
    if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
    }
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  private BriefPdf() {}

  /**
   * @throws IllegalStateException naming the font and how to install it, when it is missing
   */
  public static byte[] write(BriefContent content, Language language) {
    Path regular = FONT_DIR.resolve("NanumGothic.ttf");
    if (!Files.isReadable(regular)) {
      throw new IllegalStateException("the PDF brief needs the Hangul font " + regular
          + ": install it with `apt-get install -y fonts-nanum` (bin/test does)");
    }
    String html = BriefHtml.write(content, language, BriefHtml.Mode.PRINT, regular);
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.useFont(regular.toFile(), FAMILY, 400, FontStyle.NORMAL, true);
      File bold = FONT_DIR.resolve("NanumGothicBold.ttf").toFile();
      if (bold.canRead()) {
        b.useFont(bold, FAMILY, 700, FontStyle.NORMAL, true);
      }
      b.withW3cDocument(dom, null);
      b.toStream(out);
      b.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("could not write the PDF brief: " + e.getMessage(), e);
    }
  }
}
