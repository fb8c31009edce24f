package org.axiswatch.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes the bytes of a text file without asking for the encoding: a byte-order mark decides
 * (UTF-8, UTF-16LE/BE); else strict UTF-8; else strict CP949 (a superset of EUC-KR, as older Korean
 * government and think-tank files are written); else the file is refused. Decoding is strict
 * (REPORT, never REPLACE) so a wrong guess fails instead of producing mojibake.
 */
public final class EncodingDetector {

  /** Text and the name of the character set it was decoded with. */
  public record Decoded(String text, String encoding) {}

  /** Tried in order after UTF-8; CP949 first because it decodes everything EUC-KR does. */
  private static final List<String> KOREAN = List.of("x-windows-949", "EUC-KR");

  private EncodingDetector() {}

  public static Decoded decode(Path file, byte[] bytes) throws ReadException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strict(file, bytes, 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    // NUL never occurs in UTF-8 or CP949 text; UTF-16 without a BOM is not accepted either
    for (byte b : bytes) {
      if (b == 0) {
        throw new ReadException(file, "binary content (NUL bytes) in a text file");
      }
    }
    String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    for (String name : KOREAN) {
      if (Charset.isSupported(name)) {
        String text = tryDecode(bytes, Charset.forName(name));
        if (text != null && !looksBinary(text)) {
          return new Decoded(text, name.equals("x-windows-949") ? "CP949" : name);
        }
      }
    }
    throw new ReadException(file,
        "unexpected text encoding: not UTF-8, UTF-16 with a byte-order mark, or CP949/EUC-KR");
  }

  private static String strict(Path file, byte[] bytes, int skip, Charset cs) throws ReadException {
    String text = tryDecode(ByteBuffer.wrap(bytes, skip, bytes.length - skip), cs);
    if (text == null) {
      throw new ReadException(file, "malformed " + cs.name() + " text after its byte-order mark");
    }
    return text;
  }

  private static String tryDecode(byte[] bytes, Charset cs) {
    return tryDecode(ByteBuffer.wrap(bytes), cs);
  }

  private static String tryDecode(ByteBuffer bytes, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Control characters other than layout ones: a binary file that happened to decode. */
  static boolean looksBinary(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls > 0 && controls * 100 > text.length();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
