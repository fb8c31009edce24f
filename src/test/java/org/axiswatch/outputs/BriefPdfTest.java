package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.FindingsFixture;
import org.axiswatch.analysis.Selection;
import org.axiswatch.pipeline.Language;
import org.junit.jupiter.api.Test;

class BriefPdfTest {
  @Test
  void koreanTextSurvivesIntoThePdf() throws Exception {
    BriefContent content = BriefContent.of(FindingsFixture.findings(), Selection.ALL);
    byte[] pdf = BriefPdf.write(content, Language.KO);
    Files.createDirectories(Path.of("target", "briefs"));
    Files.write(Path.of("target", "briefs", "brief-ko.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // line breaks fall anywhere in table cells and footnotes: compare without white space
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("요약", "배경과특징", "협력가능성과한계", "향후대응전략", "금지",
          "푸틴", "결의1718호8(b)항", "컨테이너1만개분량의포탄");
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      int images = 0;
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name)
              instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
            images++;
          }
        }
      }
      assertThat(images).as("timeline and exchange-flow pictures").isEqualTo(2);
      assertThat(text).contains("행위자관계망은HTML판에서");
    }
  }
}
