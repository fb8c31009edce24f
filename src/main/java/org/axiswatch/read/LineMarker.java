package org.axiswatch.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline marker a line starts with, in Korean report style (개조식) and English: "1.", "Ⅰ.",
 * "가.", the 요약 box, "□", circled numbers and their look-alikes (①, ⓷, ⑴, ➀, "(1)"), bullets
 * ("o", "○", "-", "△", "•"), notes ("※", "☞"), footnotes ("* ") and markdown headings. Text repair
 * never joins such a line to the one before; the outline builder turns it into a node.
 *
 * @param type what the marker opens
 * @param written the marker as written (look-alikes are not rewritten)
 * @param start offset of the marker in the line (after indentation)
 * @param textStart offset of the text after the marker and its spaces
 * @param number the value of a numbered marker (1 for "①", "1.", "Ⅰ.", "가."), else 0
 * @param family bullets of one family share it ("o" for o/○/ㅇ, "-" for -/–/—), for nesting;
 *     numbered points: "circled" (①, ⓷, ⑴), "paren" ("1)", "(1)"), "paren-letter" ("가)", "(가)")
 */
public record LineMarker(Type type, String written, int start, int textStart, int number,
    String family) {

  /** What a marker opens. */
  public enum Type { HEADING, SUMMARY, BRACKET, ROMAN, NUMBER, LETTER, BOX, CIRCLED, BULLET, NOTE, FOOTNOTE }

  private static final Pattern SUMMARY =
      Pattern.compile("[<\\[【〈《(]?\\s*요\\s*약\\s*[>\\]】〉》)]?\\s*");
  private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+\\S.*");
  /**
   * A whole line in brackets, "[참고]", "【 추진 배경 】", "< 주요 내용 >": a titled box of a Korean
   * report or press release. A bracket followed by more text ("[단독] 北…") is a news tag, not this.
   */
  private static final Pattern BRACKET = Pattern.compile(
      "([\\[【<〈《［〔]\\s*)([^\\]】>〉》］〕\\[【<〈《]{1,30}?)\\s*[\\]】>〉》］〕]\\s*");
  private static final Pattern ROMAN = Pattern.compile(
      "(?:([Ⅰ-Ⅻ])\\.?|(I|II|III|IV|V|VI|VII|VIII|IX|X)\\.)(?:\\s+|(?=[가-힣]))(?=\\S).*");
  /**
   * "1." or "1.2" then a space and text that is not a digit: "9. 14." is a date, not a heading;
   * sub-numbers have one digit, since "7.27 전승절" is a date too.
   */
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,2}(?:\\.\\d)+\\.?|\\d{1,2}\\.)\\s+(?=[^\\d\\s]).*");
  private static final Pattern LETTER = Pattern.compile("([가나다라마바사아자차카타파하])\\.\\s+\\S.*");
  private static final Pattern PAREN_NUMBER = Pattern.compile("(\\((\\d{1,2})\\)|(\\d{1,2})\\))\\s*(?=\\S).*");
  /** "가)" and "(가)": the level below "1)" in Korean numbering (1. > 가. > 1) > 가)). */
  private static final Pattern PAREN_LETTER =
      Pattern.compile("(\\(([가나다라마바사아자차카타파하])\\)|([가나다라마바사아자차카타파하])\\))\\s*(?=\\S).*");
  private static final String ROMANS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";
  private static final String LETTERS = "가나다라마바사아자차카타파하";
  private static final String[] ASCII_ROMANS =
      {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

  /** Circled-number look-alike blocks: first code point, count, value of the first. */
  private static final int[][] CIRCLED = {
    {0x2460, 20, 1}, {0x2474, 20, 1}, {0x2488, 20, 1}, {0x24F5, 10, 1}, {0x24EB, 10, 11},
    {0x2776, 10, 1}, {0x2780, 10, 1}, {0x278A, 10, 1}, {0x3251, 15, 21}};

  /** The marker at the start of {@code line}, or null when the line has none. */
  public static LineMarker of(String line) {
    int i = 0;
    while (i < line.length() && isIndent(line.charAt(i))) {
      i++;
    }
    if (i == line.length()) {
      return null;
    }
    String rest = line.substring(i);
    char c = rest.charAt(0);
    Matcher m;
    if (SUMMARY.matcher(rest).matches() && rest.contains("요")) {
      return new LineMarker(Type.SUMMARY, rest.strip(), i, line.length(), 0, "");
    }
    if ((m = BRACKET.matcher(rest)).matches() && m.group(2).codePoints().anyMatch(Character::isLetter)) {
      return new LineMarker(Type.BRACKET, rest.strip(), i, i + m.end(1), 0, "[");
    }
    if ((m = HEADING.matcher(rest)).matches()) {
      return at(line, i, m.end(1), Type.HEADING, m.group(1).length(), "#");
    }
    int circled = circledValue(c);
    if (circled > 0) {
      return at(line, i, i + 1, Type.CIRCLED, circled, "circled");
    }
    if ((m = PAREN_NUMBER.matcher(rest)).matches()) {
      String digits = m.group(2) != null ? m.group(2) : m.group(3);
      return at(line, i, i + m.end(1), Type.CIRCLED, Integer.parseInt(digits), "paren");
    }
    if ((m = PAREN_LETTER.matcher(rest)).matches()) {
      String letter = m.group(2) != null ? m.group(2) : m.group(3);
      return at(line, i, i + m.end(1), Type.CIRCLED, LETTERS.indexOf(letter) + 1, "paren-letter");
    }
    if ((m = ROMAN.matcher(rest)).matches()) {
      String numeral = m.group(1) != null ? m.group(1) : m.group(2);
      int end = i + (m.group(1) != null ? m.end(1) : m.end(2));
      end += end < line.length() && line.charAt(end) == '.' ? 1 : 0;
      return at(line, i, end, Type.ROMAN, romanValue(numeral), "roman");
    }
    if ((m = NUMBER.matcher(rest)).matches()) {
      String num = m.group(1);
      int end = i + m.end(1);
      int first = Integer.parseInt(num.split("\\.")[0]);
      return at(line, i, end, Type.NUMBER, first, String.valueOf(num.split("\\.").length));
    }
    if ((m = LETTER.matcher(rest)).matches()) {
      return at(line, i, i + 2, Type.LETTER, LETTERS.indexOf(c) + 1, "letter");
    }
    switch (c) {
      case '□', '■', '❏', '❑', '☐':
        return at(line, i, i + 1, Type.BOX, 0, "□");
      case '※', '☞', '☜':
        return at(line, i, i + 1, Type.NOTE, 0, String.valueOf(c));
      case '*', '†', '‡':
        return footnote(line, i);
      default:
        return bullet(line, i);
    }
  }

  private static LineMarker footnote(String line, int i) {
    int j = i;
    while (j < line.length() && "*†‡".indexOf(line.charAt(j)) >= 0) {
      j++;
    }
    if (j - i > 3 || j >= line.length() || !Character.isWhitespace(line.charAt(j))
        || line.substring(j).isBlank()) {
      return bullet(line, i);
    }
    return at(line, i, j, Type.FOOTNOTE, 0, "*");
  }

  private static LineMarker bullet(String line, int i) {
    char c = line.charAt(i);
    String family = switch (c) {
      case 'o', 'ㅇ', 'O', '○', '◦', '●', '◎', 'ο' -> "o";
      case '-', '–', '—', '−', '‐' -> "-";
      case '•', '·', '∙', '⋅', '▪', '▫', '*' -> "•";
      case '△', '▲', '▵' -> "△";
      case '◇', '◆', '◈' -> "◇";
      case '▶', '►', '➢', '➤', '▸', '✓', '✔' -> "▶";
      default -> null;
    };
    if (family == null) {
      return null;
    }
    boolean spaced = i + 1 < line.length() && isIndent(line.charAt(i + 1));
    // letters and dashes must be followed by a space ("of", "-3", "·중"), symbols need not be
    boolean needsSpace = "oㅇO-–—−‐·*ο".indexOf(c) >= 0;
    if ((needsSpace && !spaced) || line.substring(i + 1).isBlank()) {
      return null;
    }
    return at(line, i, i + 1, Type.BULLET, 0, family);
  }

  private static LineMarker at(String line, int start, int end, Type type, int number, String family) {
    int t = end;
    while (t < line.length() && isIndent(line.charAt(t))) {
      t++;
    }
    return new LineMarker(type, line.substring(start, end), start, t, number, family);
  }

  /** The value of a circled-number look-alike (①, ⓷, ⑴, ⒈, ➀, ❶, ㉑), else 0. */
  public static int circledValue(char c) {
    for (int[] block : CIRCLED) {
      if (c >= block[0] && c < block[0] + block[1]) {
        return block[2] + (c - block[0]);
      }
    }
    return 0;
  }

  private static int romanValue(String s) {
    int u = ROMANS.indexOf(s.charAt(0));
    if (s.length() == 1 && u >= 0) {
      return u + 1;
    }
    for (int k = 0; k < ASCII_ROMANS.length; k++) {
      if (ASCII_ROMANS[k].equals(s)) {
        return k + 1;
      }
    }
    return 0;
  }

  static boolean isIndent(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
  }
}
