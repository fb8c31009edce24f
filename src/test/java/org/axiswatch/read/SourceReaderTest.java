package org.axiswatch.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {
  private static final String KOREAN = "북한은 9월 13일 러시아와 정상회담을 가졌다.\n"
      + "o 포탄 등 재래식 무기 거래 가능성 농후\n";

  @TempDir Path dir;
  private final SourceReader reader = new SourceReader(SourceReader.Limits.DEFAULT);

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "UTF-8, , UTF-8",
    "x-windows-949, , CP949",
    "UTF-16LE, FFFE, UTF-16LE",
    "UTF-16BE, FEFF, UTF-16BE",
    "UTF-8, EFBBBF, UTF-8"})
  void detectsEncodingWithoutBeingTold(String charset, String bom, String expected) throws Exception {
    byte[] prefix = bom == null ? new byte[0] : java.util.HexFormat.of().parseHex(bom);
    Path p = write("brief.txt", concat(prefix, KOREAN.getBytes(Charset.forName(charset))));

    SourceDocument doc = reader.read(p);

    assertThat(doc.original()).isEqualTo(KOREAN);
    assertThat(doc.encoding()).isEqualTo(expected);
    assertThat(doc.mediaType()).isEqualTo("text/plain");
  }

  @Test
  void eucKrBytesDecodeAsKorean() throws Exception {
    // EUC-KR is a subset of CP949: the same bytes read as the same text
    Path p = write("old.md", KOREAN.getBytes("EUC-KR"));
    SourceDocument doc = reader.read(p);
    assertThat(doc.original()).isEqualTo(KOREAN);
    assertThat(doc.mediaType()).isEqualTo("text/markdown");
  }

  @Test
  void identityIsTheHashOfTheBytes() throws Exception {
    SourceDocument a = reader.read(write("a.txt", KOREAN.getBytes(StandardCharsets.UTF_8)));
    SourceDocument b = reader.read(write("b.txt", KOREAN.getBytes(StandardCharsets.UTF_8)));
    SourceDocument c = reader.read(write("c.txt", (KOREAN + "추가").getBytes(StandardCharsets.UTF_8)));
    assertThat(a.id()).isEqualTo(b.id()).hasSize(64).isNotEqualTo(c.id());
    assertThat(a.byteCount()).isEqualTo(KOREAN.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void missingFile() {
    Path p = dir.resolve("nowhere.txt");
    assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReadException.class)
        .hasMessage(p + ": no such file");
  }

  @Test
  void directoryGivenAsFile() throws Exception {
    Path d = Files.createDirectory(dir.resolve("folder.txt"));
    assertThatThrownBy(() -> reader.read(d)).hasMessage(d + ": is a directory, not a file");
  }

  @Test
  void emptyAndWhitespaceOnlyFiles() throws Exception {
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", " \n\t\n　\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(empty)).hasMessage(empty + ": empty file");
    assertThatThrownBy(() -> reader.read(blank)).hasMessage(blank + ": empty file (whitespace only)");
  }

  @Test
  void binaryWithTextExtension() throws Exception {
    Path p = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
    assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReadException.class)
        .hasMessageStartingWith(p + ": binary content");
  }

  @Test
  void textInAnUnexpectedEncoding() throws Exception {
    // ISO-8859-1 "café, naïve": not UTF-8, and é followed by a comma is no CP949 pair
    Path p = write("latin.txt", "café, naïve résumé\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReadException.class)
        .hasMessageStartingWith(p + ": unexpected text encoding");
  }

  @Test
  void fileOverTheSizeLimit() throws Exception {
    Path p = write("big.txt", KOREAN.repeat(10).getBytes(StandardCharsets.UTF_8));
    SourceReader small = new SourceReader(new SourceReader.Limits(100));
    assertThatThrownBy(() -> small.read(p)).isInstanceOf(ReadException.class)
        .hasMessageStartingWith(p + ": too large:").hasMessageContaining("limit 100");
    assertThat(SourceReader.Limits.DEFAULT.maxBytes()).isEqualTo(50L * 1024 * 1024);
  }

  @Test
  void unsupportedExtension() throws Exception {
    Path p = write("brief.docx", KOREAN.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReadException.class)
        .hasMessageStartingWith(p + ": unsupported file type .docx");
  }

  @Test
  void unreadableFile() throws Exception {
    // root reads any mode-000 file, so use a file the kernel refuses to read from offset 0
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(mem), "needs Linux /proc");
    Path link = Files.createSymbolicLink(dir.resolve("mem.txt"), mem);
    try {
      assertThatThrownBy(() -> reader.read(link)).isInstanceOf(ReadException.class)
          .hasMessageStartingWith(link + ": cannot read");
    } finally {
      Files.delete(link);
    }
  }

  @Test
  void messagesAreOneLine() throws Exception {
    Path p = write("broken.pdf", "%PDF-1.7\n%garbage\nnot a pdf at all\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(p)).isInstanceOf(ReadException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith(p + ": broken PDF").doesNotContain("\n"));
  }
}
