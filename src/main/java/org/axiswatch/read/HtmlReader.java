package org.axiswatch.read;

import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a web page: page furniture (scripts, styles, navigation, header, footer, asides,
 * forms) removed, the article or main element preferred, block elements as line breaks, list items
 * as "- " lines. The text returned is the document's original: every later offset points into it.
 */
final class HtmlReader {

  record Extracted(String text, String encoding) {}

  private static final String FURNITURE = "script, style, noscript, template, nav, "
      + "aside, form, iframe, svg, button, select, input, textarea, menu, "
      + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1",
      "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "blockquote",
      "pre", "figure", "figcaption", "hr", "address", "body", "caption", "center");

  private HtmlReader() {}

  static Extracted extract(Path file, byte[] bytes) throws ReadException {
    if (!startsWithUtf16Bom(bytes)) {
      for (byte b : bytes) {
        if (b == 0) {
          throw new ReadException(file, "binary content (NUL bytes) in an HTML file");
        }
      }
    }
    Document doc;
    String encoding;
    try {
      EncodingDetector.Decoded d = EncodingDetector.decode(file, bytes);
      doc = Jsoup.parse(d.text());
      encoding = d.encoding();
    } catch (ReadException notKoreanOrUtf8) {
      // a page in another encoding may still declare it in a meta tag; jsoup honours that
      try {
        doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
        encoding = doc.charset().name();
      } catch (java.io.IOException e) {
        throw new ReadException(file, "cannot parse HTML: " + e.getMessage(), e);
      }
    }
    doc.select(FURNITURE).remove();
    // a page's header and footer are furniture; an article's own header holds its title and byline
    for (Element e : doc.select("header, footer")) {
      if (e.parents().stream().noneMatch(p -> p.normalName().equals("article"))
          || e.normalName().equals("footer")) {
        e.remove();
      }
    }
    Element root = mainElement(doc);
    StringBuilder out = new StringBuilder();
    if (root != null) {
      walk(root, out);
    }
    return new Extracted(tidy(out), encoding);
  }

  /** The article (the longest, if several), else main, else the body. */
  private static Element mainElement(Document doc) {
    Element best = null;
    for (Element e : doc.select("article, main, [role=main]")) {
      if (best == null || e.text().length() > best.text().length()) {
        best = e;
      }
    }
    if (best != null && best.text().length() >= 200) {
      return best;
    }
    return doc.body() != null ? doc.body() : best;
  }

  private static void walk(Node node, StringBuilder out) {
    if (node instanceof TextNode t) {
      String s = inPre(t) ? t.getWholeText() : t.text();
      if (!s.isEmpty()) {
        if (!inPre(t) && out.length() > 0 && Character.isWhitespace(s.charAt(0))) {
          appendSpace(out);
          s = s.stripLeading();
        }
        out.append(s);
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      out.append('\n');
      return;
    }
    boolean block = BLOCKS.contains(tag);
    if (block) {
      newLine(out);
    }
    if (tag.equals("li")) {
      out.append("- ");
    }
    for (Node child : e.childNodes()) {
      walk(child, out);
    }
    if (block) {
      newLine(out);
    }
  }

  private static boolean inPre(TextNode t) {
    for (Node p = t.parent(); p != null; p = p.parent()) {
      if (p instanceof Element e && e.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }

  private static void appendSpace(StringBuilder out) {
    char last = out.charAt(out.length() - 1);
    if (last != ' ' && last != '\n') {
      out.append(' ');
    }
  }

  private static void newLine(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
    if (n > 0 && out.charAt(n - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Trims each line and drops lines left empty (an empty block is not a paragraph). */
  private static String tidy(StringBuilder out) {
    StringBuilder b = new StringBuilder(out.length());
    for (String line : out.toString().split("\n")) {
      String s = line.strip();
      if (!s.isEmpty() && !s.equals("-")) {
        b.append(s).append('\n');
      }
    }
    return b.toString();
  }

  private static boolean startsWithUtf16Bom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
  }
}
