package org.axiswatch.outputs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.axiswatch.analysis.BriefItem;
import org.axiswatch.analysis.EventFinding;
import org.axiswatch.analysis.ExchangeFinding;
import org.axiswatch.facts.EventType;

/**
 * Static pictures for the PDF, whose renderer runs no JavaScript: the timeline and the exchange
 * flows drawn with Java2D into PNG data URIs, in the Hangul font the PDF embeds. The HTML brief
 * draws the same figures (and the actor network) with ECharts.
 */
final class BriefPictures {
  private static final int W = 1400;
  private static final int SCALE = 2; // drawn at twice the size shown, for print

  private BriefPictures() {}

  /** The timeline as a PNG data URI. */
  static String timeline(BriefWording w, Path font) {
    List<BriefItem<EventFinding>> bg = w.content().background();
    List<EventType> types = new ArrayList<>();
    bg.forEach(i -> {
      if (!types.contains(i.fact().event().type())) {
        types.add(i.fact().event().type());
      }
    });
    int rowH = 44;
    int left = 230;
    int top = 30;
    int h = top + rowH * types.size() + 70;
    BufferedImage img = new BufferedImage(W, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(img, font, 26f);
    LocalDate first = bg.get(0).fact().event().date().first();
    LocalDate last = bg.get(bg.size() - 1).fact().event().date().first();
    long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    int plotW = W - left - 60;
    int axisY = top + rowH * types.size() + 10;
    g.setColor(new Color(0xc9d2e3));
    g.drawLine(left, axisY, left + plotW, axisY);
    g.setColor(new Color(0x555555));
    for (int r = 0; r < types.size(); r++) {
      String label = w.labels().label("event_type", types.get(r));
      int y = top + rowH * r + rowH / 2;
      g.drawString(label, left - 20 - g.getFontMetrics().stringWidth(label), y + 8);
      g.setColor(new Color(0xeef1f6));
      g.drawLine(left, y, left + plotW, y);
      g.setColor(new Color(0x555555));
    }
    g.drawString(w.labels().date(bg.get(0).fact().event().date()), left, axisY + 36);
    String end = w.labels().date(bg.get(bg.size() - 1).fact().event().date());
    g.drawString(end, left + plotW - g.getFontMetrics().stringWidth(end), axisY + 36);
    g.setColor(new Color(0x1d3557));
    for (BriefItem<EventFinding> i : bg) {
      LocalDate d = i.fact().event().date().first();
      int x = left + (int) (plotW * ChronoUnit.DAYS.between(first, d) / span);
      int y = top + rowH * types.indexOf(i.fact().event().type()) + rowH / 2;
      g.fillOval(x - 9, y - 9, 18, 18);
    }
    return png(img, g);
  }

  /** The exchange flows as a PNG data URI: parties on a circle, arrows coloured by verdict. */
  static String flow(BriefWording w, Path font) {
    List<String> parties = new ArrayList<>();
    for (BriefItem<ExchangeFinding> i : w.content().exchanges()) {
      for (String id : List.of(i.fact().exchange().from(), i.fact().exchange().to())) {
        if (!parties.contains(id)) {
          parties.add(id);
        }
      }
    }
    // two parties sit left and right and need no room above and below for other nodes
    Map<String, Integer> perDirection = new HashMap<>();
    w.content().exchanges().forEach(i -> perDirection.merge(
        i.fact().exchange().from() + "|" + i.fact().exchange().to(), 1, Integer::sum));
    int most = perDirection.values().stream().max(Integer::compare).orElse(1);
    int ry = parties.size() <= 2 ? 0 : 250;
    int up;
    int down;
    if (parties.size() == 2) {
      // left to right curves below the line, right to left above: room for each side's outermost
      down = reach(perDirection.getOrDefault(parties.get(0) + "|" + parties.get(1), 0));
      up = reach(perDirection.getOrDefault(parties.get(1) + "|" + parties.get(0), 0));
    } else {
      up = down = ry + reach(most);
    }
    int h = up + down;
    BufferedImage img = new BufferedImage(W, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(img, font, 24f);
    Map<String, double[]> at = new HashMap<>();
    for (int i = 0; i < parties.size(); i++) {
      double a = Math.PI + 2 * Math.PI * i / parties.size();
      at.put(parties.get(i), new double[] {W / 2.0 + 480 * Math.cos(a), up + ry * Math.sin(a)});
    }
    Map<String, Integer> parallel = new HashMap<>();
    for (BriefItem<ExchangeFinding> i : w.content().exchanges()) {
      BriefWording.ExchangeRow r = w.exchange(i);
      double[] p = at.get(i.fact().exchange().from());
      double[] q = at.get(i.fact().exchange().to());
      int n = parallel.merge(i.fact().exchange().from() + "|" + i.fact().exchange().to(), 1, Integer::sum);
      double bend = 60 + 55 * (n - 1);
      double dx = q[0] - p[0];
      double dy = q[1] - p[1];
      double len = Math.max(1, Math.hypot(dx, dy));
      double nx = -dy / len * bend;
      double ny = dx / len * bend;
      g.setColor(Color.decode(r.verdict() == null ? BriefCharts.UNJUDGED : BriefCharts.COLOURS.get(r.verdict())));
      g.setStroke(new BasicStroke(3.5f));
      CubicCurve2D c = new CubicCurve2D.Double(p[0], p[1], p[0] + dx / 3 + nx, p[1] + dy / 3 + ny,
          p[0] + 2 * dx / 3 + nx, p[1] + 2 * dy / 3 + ny, q[0], q[1]);
      g.draw(c);
      arrow(g, p[0] + 2 * dx / 3 + nx, p[1] + 2 * dy / 3 + ny, q[0], q[1]);
      String label = r.item();
      int lw = g.getFontMetrics().stringWidth(label);
      double mx = (p[0] + q[0]) / 2 + nx * 0.75;
      double my = (p[1] + q[1]) / 2 + ny * 0.75;
      g.setColor(Color.WHITE);
      g.fillRect((int) mx - lw / 2 - 4, (int) my - 18, lw + 8, 24);
      g.setColor(new Color(0x333333));
      g.drawString(label, (int) mx - lw / 2, (int) my);
    }
    g.setFont(g.getFont().deriveFont(Font.BOLD, 24f));
    for (String id : parties) {
      double[] p = at.get(id);
      g.setColor(new Color(0xdfe7f3));
      g.fillOval((int) p[0] - 48, (int) p[1] - 48, 96, 96);
      g.setColor(new Color(0x1d3557));
      g.setStroke(new BasicStroke(2f));
      g.drawOval((int) p[0] - 48, (int) p[1] - 48, 96, 96);
      String name = w.name(id);
      g.drawString(name, (int) p[0] - g.getFontMetrics().stringWidth(name) / 2, (int) p[1] + 9);
    }
    return png(img, g);
  }

  /** How far from the line between two parties the outermost of n curves and its label reach. */
  private static int reach(int n) {
    return n == 0 ? 70 : (int) (0.8 * (60 + 55 * (n - 1))) + 70;
  }

  private static void arrow(Graphics2D g, double fx, double fy, double tx, double ty) {
    double a = Math.atan2(ty - fy, tx - fx);
    double bx = tx - 50 * Math.cos(a); // stop at the node's rim
    double by = ty - 50 * Math.sin(a);
    Path2D head = new Path2D.Double();
    head.moveTo(bx, by);
    head.lineTo(bx - 22 * Math.cos(a - 0.4), by - 22 * Math.sin(a - 0.4));
    head.lineTo(bx - 22 * Math.cos(a + 0.4), by - 22 * Math.sin(a + 0.4));
    head.closePath();
    g.fill(head);
  }

  private static Graphics2D canvas(BufferedImage img, Path font, float size) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    try {
      g.setFont(Font.createFont(Font.TRUETYPE_FONT, font.toFile()).deriveFont(size));
    } catch (java.awt.FontFormatException | IOException e) {
      throw new IllegalStateException(font + ": not a usable TrueType font: " + e.getMessage(), e);
    }
    return g;
  }

  private static String png(BufferedImage img, Graphics2D g) {
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(img, "png", out);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("could not encode a figure: " + e.getMessage(), e);
    }
  }

  /** Width to show the pictures at, in CSS pixels: half the drawn size. */
  static int shownWidth() {
    return W / SCALE;
  }
}
