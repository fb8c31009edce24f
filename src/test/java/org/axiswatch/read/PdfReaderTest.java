package org.axiswatch.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {
  /** Debian's fonts-nanum; bin/test installs it. */
  static final Path FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

  @TempDir Path dir;

  /** Page 1 ends mid-word ("‘엔") above a footnote; page 2 goes on ("진 기술’"). */
  private static final List<String> PAGE_ONE = List.of(
      "1. 북러 군사협력 평가",
      "① 북한의 대러 무기 지원 동향",
      "- 북한은 지난 8월 이후 러시아 극동 지역으로 포탄과 로켓을 실은 화물열차를 보낸 것으",
      "로 파악되며, 이는 유엔 안보리 결의가 금지한 재래식 무기 수출에 해당하는 거래로 평가",
      "- 러시아는 그 대가로 식량과 원유를 제공하고, 정찰위성 발사에 필요한 핵심 부품과 ‘엔");
  private static final String FOOTNOTE = "* 이 보고서는 외교안보 자문위원회의 의견을 받아 작성한 내용임";
  private static final List<String> PAGE_TWO = List.of(
      "진 기술’을 이전할 가능성이 큰 것으로 평가되며, 양국 간 거래는 더욱 확대될 전망",
      "② 향후 전망",
      "- 양국의 군사협력은 일회성 무기 거래를 넘어 합동군사훈련과 기술 협력으로 확대될 전망");

  static PDFont hangulFont(PDDocument pdf) throws Exception {
    assertThat(Files.exists(FONT))
        .as("Hangul font missing: %s (install Debian's fonts-nanum: apt-get install -y fonts-nanum;"
            + " bin/test installs it)", FONT)
        .isTrue();
    return PDType0Font.load(pdf, FONT.toFile());
  }

  private static void page(PDDocument pdf, PDFont font, List<String> lines, String footnote)
      throws Exception {
    PDPage page = new PDPage(PDRectangle.A4);
    pdf.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
      cs.beginText();
      cs.setFont(font, 10);
      cs.setLeading(18);
      cs.newLineAtOffset(50, 780);
      for (String line : lines) {
        cs.showText(line);
        cs.newLine();
      }
      cs.endText();
      if (footnote != null) {
        cs.beginText();
        cs.setFont(font, 8);
        cs.newLineAtOffset(50, 60);
        cs.showText(footnote);
        cs.endText();
      }
    }
  }

  private Path brief() throws Exception {
    Path p = dir.resolve("brief.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDFont font = hangulFont(pdf);
      page(pdf, font, PAGE_ONE, FOOTNOTE);
      page(pdf, font, PAGE_TWO, null);
      pdf.save(p.toFile());
    }
    return p;
  }

  @Test
  void extractsKoreanTextInReadingOrder() throws Exception {
    SourceDocument doc = new SourceReader(SourceReader.Limits.DEFAULT).read(brief());

    assertThat(doc.mediaType()).isEqualTo("application/pdf");
    assertThat(doc.original()).contains("보낸 것으\n로 파악되며", "‘엔\n* 이 보고서는", "내용임\n진 기술’을");
  }

  @Test
  void repairJoinsSplitWordsAndTakesOutTheFootnote() throws Exception {
    SourceDocument doc = new SourceReader(SourceReader.Limits.DEFAULT).read(brief());

    RepairedText r = TextRepair.repair(doc.original(), true);

    assertThat(r.text()).contains("보낸 것으로 파악되며", "핵심 부품과 ‘엔진 기술’을 이전할")
        .doesNotContain("자문위원회");
    assertThat(r.removed()).hasSize(1);
    assertThat(doc.original().substring(r.removed().get(0).start(), r.removed().get(0).end()))
        .isEqualTo(FOOTNOTE);
    // the outline items stay on their own lines
    assertThat(r.text()).contains("\n② 향후 전망\n", "\n① 북한의 대러 무기 지원 동향\n");
    int at = r.text().indexOf("‘엔진");
    assertThat(doc.original().substring(r.toOriginal(at, at + 5).start(), r.toOriginal(at, at + 5).end()))
        .startsWith("‘엔\n* 이 보고서는").endsWith("진 기");
  }

  @Test
  void encryptedPdfIsRefused() throws Exception {
    Path p = dir.resolve("locked.pdf");
    try (PDDocument pdf = new PDDocument()) {
      page(pdf, new PDType1Font(Standard14Fonts.FontName.HELVETICA), List.of("Restricted brief"), null);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(p.toFile());
    }
    assertThatThrownBy(() -> new SourceReader(SourceReader.Limits.DEFAULT).read(p))
        .isInstanceOf(ReadException.class)
        .hasMessage(p + ": encrypted PDF: a password is needed to open it");
  }

  @Test
  void brokenOrMislabelledPdfIsRefused() throws Exception {
    Path truncated = dir.resolve("cut.pdf");
    Path original = brief();
    byte[] bytes = Files.readAllBytes(original);
    Files.write(truncated, java.util.Arrays.copyOf(bytes, 40));
    Path text = dir.resolve("notes.pdf");
    Files.writeString(text, "이것은 PDF가 아니라 텍스트입니다.");
    SourceReader reader = new SourceReader(SourceReader.Limits.DEFAULT);

    assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(ReadException.class)
        .hasMessageStartingWith(truncated + ": ");
    assertThatThrownBy(() -> reader.read(text)).isInstanceOf(ReadException.class)
        .hasMessage(text + ": not a PDF (no %PDF- header): broken or mislabelled file");
  }
}
