package org.axiswatch.outputs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.BriefItem;
import org.axiswatch.analysis.ClaimFinding;
import org.axiswatch.analysis.Footnote;
import org.axiswatch.analysis.HitFinding;
import org.axiswatch.pipeline.Language;
import org.axiswatch.sanctions.Verdict;

/**
 * The brief as one self-contained HTML file: style, ECharts and chart data inlined, so it opens
 * offline. In {@link Mode#PRINT} (for the PDF renderer, which runs no scripts) the figures give
 * way to a note.
 */
public final class BriefHtml {
  /** The ECharts build the page inlines; the WebJar version is pinned in the pom. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final Map<String, String> RESOURCES = new ConcurrentHashMap<>();

  public enum Mode { INTERACTIVE, PRINT }

  private BriefHtml() {}

  public static String write(BriefContent content, Language language, Mode mode) {
    return write(content, language, mode, null);
  }

  /**
   * @param pictureFont for {@link Mode#PRINT}: a TrueType font with Hangul to draw static figures
   *     in, or null to leave them out
   */
  static String write(BriefContent content, Language language, Mode mode, java.nio.file.Path pictureFont) {
    BriefWording w = new BriefWording(content, language);
    Pictures pictures = new Pictures(w, mode == Mode.PRINT ? pictureFont : null);
    BriefLabels l = w.labels();
    ObjectNode charts = mode == Mode.INTERACTIVE ? BriefCharts.options(w) : null;
    StringBuilder b = new StringBuilder();
    b.append("<header><h1>").append(esc(w.title())).append("</h1><p class=\"subtitle\">")
        .append(esc(w.subtitle())).append("</p></header>\n");

    b.append("<section id=\"summary\"><h2>").append(esc(l.get("section.summary"))).append("</h2>");
    list(b, w.summary(), l);
    b.append("</section>\n");

    b.append("<section id=\"background\"><h2>1. ").append(esc(l.get("section.background")))
        .append("</h2><h3>").append(esc(l.get("section.background_lead"))).append("</h3>");
    list(b, content.background().stream().map(w::event).toList(), l);
    figure(b, "timeline", l.get("chart.timeline"), charts, l, null);
    pictures.timeline(b);
    figure(b, "network", l.get("chart.network"), charts, l, null);
    b.append("</section>\n");

    b.append("<section id=\"prospects\"><h2>2. ").append(esc(l.get("section.prospects")))
        .append("</h2><h3>").append(esc(l.get("section.possibilities"))).append("</h3>");
    claims(b, w, content.possibilities());
    b.append("<h3>").append(esc(l.get("section.limitations"))).append("</h3>");
    claims(b, w, content.limitations());
    b.append("<h3 id=\"exchanges\">").append(esc(l.get("section.exchanges"))).append("</h3>");
    table(b, w);
    figure(b, "flow", l.get("chart.flow"), charts, l, legend(l));
    pictures.flow(b, legend(l));
    if (!content.findings().screening().isEmpty()) {
      b.append("<h3>").append(esc(l.get("section.screening"))).append("</h3><ul class=\"screening\">");
      for (HitFinding h : content.findings().screening()) {
        b.append("<li>").append(esc(w.screening(h))).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("</section>\n");

    b.append("<section id=\"recommendations\"><h2>3. ")
        .append(esc(l.get("section.recommendations"))).append("</h2>");
    claims(b, w, content.recommendations());
    b.append("</section>\n");

    if (mode == Mode.PRINT) {
      b.append("<p class=\"figure-note\">").append(esc(l.get(pictures.drawn()
          ? "chart.pdf_note_static" : "chart.pdf_note"))).append("</p>\n");
    }
    b.append("<section id=\"notes\"><h2>").append(esc(l.get("section.notes"))).append("</h2><ol class=\"notes\">");
    for (Footnote f : content.footnotes()) {
      b.append("<li id=\"fn-").append(f.number()).append("\">").append(esc(w.footnote(f)))
          .append("</li>");
    }
    b.append("</ol></section>\n");

    String scripts = "";
    if (charts != null && !charts.isEmpty()) {
      scripts = "<script>" + scriptSafe(resource(ECHARTS)) + "</script>\n"
          + "<script type=\"application/json\" id=\"chart-data\">"
          + charts.toString().replace("</", "<\\/") + "</script>\n"
          + "<script>" + resource("outputs/brief-charts.js") + "</script>";
    }
    return resource("outputs/brief.html")
        .replace("{{lang}}", language.code())
        .replace("{{title}}", esc(w.title()))
        .replace("{{style}}", resource("outputs/brief.css"))
        .replace("{{scripts}}", scripts)
        .replace("{{body}}", b.toString());
  }

  private static void figure(StringBuilder b, String id, String caption, ObjectNode charts,
      BriefLabels l, String after) {
    if (charts == null || !charts.has(id)) {
      return;
    }
    b.append("<figure><figcaption>").append(esc(caption)).append("</figcaption><div id=\"chart-")
        .append(id).append("\" class=\"chart\" role=\"img\" aria-label=\"").append(esc(caption))
        .append("\"></div>").append(after == null ? "" : after).append("</figure>");
  }

  /** Static figures for print, drawn on the server; nothing when there is no font to draw with. */
  private record Pictures(BriefWording w, java.nio.file.Path font) {
    boolean drawn() {
      return font != null && !(w.content().background().isEmpty() && w.content().exchanges().isEmpty());
    }

    void timeline(StringBuilder b) {
      if (font != null && !w.content().background().isEmpty()) {
        picture(b, w.labels().get("chart.timeline"), BriefPictures.timeline(w, font), "");
      }
    }

    void flow(StringBuilder b, String legend) {
      if (font != null && !w.content().exchanges().isEmpty()) {
        picture(b, w.labels().get("chart.flow"), BriefPictures.flow(w, font), legend);
      }
    }

    private static void picture(StringBuilder b, String caption, String dataUri, String after) {
      b.append("<figure><figcaption>").append(esc(caption)).append("</figcaption><img src=\"")
          .append(dataUri).append("\" alt=\"").append(esc(caption)).append("\" style=\"width: ")
          .append(BriefPictures.shownWidth()).append("px; max-width: 100%;\" />").append(after)
          .append("</figure>");
    }
  }

  private static String legend(BriefLabels l) {
    StringBuilder b = new StringBuilder("<p class=\"legend\">").append(esc(l.get("chart.legend")))
        .append(": ");
    for (Verdict v : Verdict.values()) {
      b.append("<span><i style=\"background:").append(BriefCharts.COLOURS.get(v)).append("\"></i>")
          .append(esc(l.label("verdict", v))).append("</span>");
    }
    return b.append("</p>").toString();
  }

  private static void table(StringBuilder b, BriefWording w) {
    BriefLabels l = w.labels();
    if (w.content().exchanges().isEmpty()) {
      b.append("<p class=\"empty\">").append(esc(l.get("empty"))).append("</p>");
      return;
    }
    b.append("<table class=\"exchanges\"><thead><tr>");
    for (String k : List.of("from", "to", "item", "category", "status", "verdict", "provisions")) {
      b.append("<th>").append(esc(l.get("table." + k))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (BriefWording.ExchangeRow r : w.content().exchanges().stream().map(w::exchange).toList()) {
      b.append("<tr><td class=\"party\">").append(esc(r.from())).append("</td><td class=\"party\">")
          .append(esc(r.to()))
          .append("</td><td>").append(esc(r.item())).append("</td><td>").append(esc(r.category()))
          .append("</td><td>").append(esc(r.status())).append("</td><td class=\"verdict")
          .append(r.verdict() == null ? "" : " verdict-" + r.verdict().name()).append("\">")
          .append(esc(r.verdictLabel())).append("</td><td>").append(esc(r.provisions()))
          .append(refs(r.notes())).append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  private static void claims(StringBuilder b, BriefWording w, List<BriefItem<ClaimFinding>> items) {
    list(b, items.stream().map(w::claim).toList(), w.labels());
  }

  private static void list(StringBuilder b, List<BriefWording.Line> lines, BriefLabels l) {
    if (lines.isEmpty()) {
      b.append("<p class=\"empty\">").append(esc(l.get("empty"))).append("</p>");
      return;
    }
    b.append("<ul>");
    lines.forEach(line -> b.append("<li>").append(esc(line.text())).append(refs(line.notes()))
        .append("</li>"));
    b.append("</ul>");
  }

  private static String refs(List<Integer> notes) {
    if (notes.isEmpty()) {
      return "";
    }
    return "<sup class=\"fn\">" + notes.stream()
        .map(n -> "<a href=\"#fn-" + n + "\">" + n + "</a>").collect(Collectors.joining(",")) + "</sup>";
  }

  static String esc(String s) {
    return BriefCharts.esc(s);
  }

  /** A script body must not close its own element early. */
  private static String scriptSafe(String js) {
    return js.replace("</script", "<\\/script");
  }

  static String resource(String name) {
    return RESOURCES.computeIfAbsent(name, n -> {
      try (InputStream in = BriefHtml.class.getClassLoader().getResourceAsStream(n)) {
        if (in == null) {
          throw new IllegalStateException(n + ": missing from the classpath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(n + ": " + e.getMessage(), e);
      }
    });
  }
}
