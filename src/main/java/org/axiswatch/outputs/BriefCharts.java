package org.axiswatch.outputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axiswatch.analysis.BriefItem;
import org.axiswatch.analysis.EventFinding;
import org.axiswatch.analysis.ExchangeFinding;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.EventType;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.sanctions.Verdict;

/**
 * ECharts options for the brief's three figures: a timeline of events, the exchange flows coloured
 * by verdict, and the actor network. Tooltips are HTML, so every text in them is escaped here.
 */
final class BriefCharts {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Verdict colours, matching brief.css; unjudged exchanges are grey-blue. */
  static final Map<Verdict, String> COLOURS = new EnumMap<>(Map.of(
      Verdict.PROHIBITED, "#b3261e", Verdict.RESTRICTED, "#e08e0b",
      Verdict.UNCLEAR, "#8a8a8a", Verdict.NOT_PROHIBITED, "#2e7d32"));
  static final String UNJUDGED = "#5c7aa6";
  /** The timeline opens on this many months before the latest event when older ones exist. */
  static final int RECENT_MONTHS = 12;

  private BriefCharts() {}

  /** The options keyed by chart id (timeline, flow, network); a chart with nothing to draw is left out. */
  static ObjectNode options(BriefWording w) {
    ObjectNode all = JSON.createObjectNode();
    if (!w.content().background().isEmpty()) {
      all.set("timeline", timeline(w));
    }
    if (!w.content().exchanges().isEmpty()) {
      all.set("flow", flow(w));
    }
    ActorGraph g = ActorGraph.of(w.content().findings());
    if (!g.edges().isEmpty()) {
      all.set("network", network(w, g));
    }
    return all;
  }

  private static ObjectNode timeline(BriefWording w) {
    ObjectNode o = JSON.createObjectNode();
    o.putObject("grid").put("left", 110).put("right", 40).put("top", 20).put("bottom", 40);
    o.putObject("tooltip").put("trigger", "item");
    ObjectNode x = o.putObject("xAxis").put("type", "time");
    x.putObject("splitLine").put("show", true);
    // the axis speaks the brief's language; ECharts fills {yyyy} {M} {d} {MMM} itself
    x.putObject("axisLabel").putObject("formatter").put("year", "{yyyy}")
        .put("month", w.labels().get("chart.axis_month")).put("day", w.labels().get("chart.axis_day"));
    // a margin either side, so the first and last events do not sit on the axis
    List<BriefItem<EventFinding>> bg = w.content().background();
    java.time.LocalDate first = bg.get(0).fact().event().date().first();
    java.time.LocalDate last = bg.get(bg.size() - 1).fact().event().date().last();
    // background dates reach back years ("built in 2012") while the news sits in a few months:
    // open on the recent window and let the reader pan back with the slider
    java.time.LocalDate recent = bg.stream().map(i -> i.fact().event().date().first())
        .filter(d -> !d.isBefore(last.minusMonths(RECENT_MONTHS))).min(java.time.LocalDate::compareTo)
        .orElse(first);
    long pad = Math.max(7, java.time.temporal.ChronoUnit.DAYS.between(recent, last) / 12);
    x.put("min", first.minusDays(pad).toString()).put("max", last.plusDays(pad).toString());
    if (recent.isAfter(first)) {
      o.putArray("dataZoom").addObject().put("type", "slider").put("xAxisIndex", 0)
          .put("startValue", recent.minusDays(pad).toString())
          .put("endValue", last.plusDays(pad).toString()).put("height", 18).put("bottom", 6);
      o.with("grid").put("bottom", 64);
    }
    List<EventType> types = new ArrayList<>();
    w.content().background().forEach(i -> {
      if (!types.contains(i.fact().event().type())) {
        types.add(i.fact().event().type());
      }
    });
    ObjectNode y = o.putObject("yAxis").put("type", "category");
    ArrayNode yData = y.putArray("data");
    types.forEach(t -> yData.add(w.labels().label("event_type", t)));
    ObjectNode s = o.putArray("series").addObject().put("type", "scatter").put("symbolSize", 16);
    s.putObject("itemStyle").put("color", "#1d3557");
    ArrayNode data = s.putArray("data");
    for (BriefItem<EventFinding> item : w.content().background()) {
      Event e = item.fact().event();
      ObjectNode d = data.addObject();
      d.putArray("value").add(e.date().first().toString()).add(w.labels().label("event_type", e.type()));
      d.put("tip", esc(w.event(item).text()));
    }
    return o;
  }

  private static ObjectNode flow(BriefWording w) {
    ObjectNode o = JSON.createObjectNode();
    // fixed places on a circle, the first giver on the left: a pair reads left to right
    ObjectNode s = o.putArray("series").addObject().put("type", "graph").put("layout", "none")
        .put("symbolSize", 56).put("roam", false).put("edgeSymbolSize", 12)
        .put("autoCurveness", true);
    s.putArray("edgeSymbol").add("none").add("arrow");
    s.putObject("label").put("show", true).put("fontSize", 13);
    s.putObject("itemStyle").put("color", "#dfe7f3").put("borderColor", "#1d3557");
    s.putObject("edgeLabel").put("show", true).put("fontSize", 11);
    List<String> nodes = new ArrayList<>();
    ArrayNode links = s.putArray("links");
    for (BriefItem<ExchangeFinding> item : w.content().exchanges()) {
      BriefWording.ExchangeRow r = w.exchange(item);
      String from = item.fact().exchange().from();
      String to = item.fact().exchange().to();
      for (String id : List.of(from, to)) {
        if (!nodes.contains(id)) {
          nodes.add(id);
        }
      }
      ObjectNode l = links.addObject().put("source", nodes.indexOf(from)).put("target", nodes.indexOf(to));
      l.put("tip", esc(r.from() + " → " + r.to() + ": " + r.item() + " (" + r.category() + ", "
          + r.verdictLabel() + ")"));
      l.putObject("label").put("show", true).put("formatter", r.item().replace("{", "(").replace("}", ")"));
      l.putObject("lineStyle").put("color", r.verdict() == null ? UNJUDGED : COLOURS.get(r.verdict()))
          .put("width", 3);
    }
    ArrayNode data = s.putArray("data");
    for (int i = 0; i < nodes.size(); i++) {
      double angle = Math.PI + 2 * Math.PI * i / nodes.size();
      data.addObject().put("id", "n" + i).put("name", w.name(nodes.get(i)))
          .put("tip", esc(w.name(nodes.get(i))))
          .put("x", Math.round(400 + 300 * Math.cos(angle)))
          .put("y", Math.round(200 + 150 * Math.sin(angle)));
    }
    // two invisible corners fix the frame: ECharts fits the nodes' bounding box to the view,
    // and two givers on one line would leave it no height for the curved edges
    // many exchanges between one pair curve far out: a taller frame keeps the outer ones inside
    int busiest = 0;
    Map<String, Integer> pairs = new HashMap<>();
    for (BriefItem<ExchangeFinding> item : w.content().exchanges()) {
      List<String> pair = new ArrayList<>(List.of(item.fact().exchange().from(), item.fact().exchange().to()));
      java.util.Collections.sort(pair);
      busiest = Math.max(busiest, pairs.merge(String.join("|", pair), 1, Integer::sum));
    }
    int extra = 22 * Math.max(0, busiest - 4);
    for (int[] corner : new int[][] {{0, -extra}, {800, 400 + extra}}) {
      ObjectNode c = data.addObject().put("id", "frame-" + corner[0]).put("name", "")
          .put("x", corner[0]).put("y", corner[1])
          .put("symbolSize", 0).put("silent", true);
      c.putObject("label").put("show", false);
      c.putObject("tooltip").put("show", false);
    }
    return o;
  }

  private static ObjectNode network(BriefWording w, ActorGraph g) {
    ObjectNode o = JSON.createObjectNode();
    List<EntityType> types = new ArrayList<>();
    List<Entity> nodes = g.connected();
    nodes.forEach(e -> {
      if (!types.contains(e.type())) {
        types.add(e.type());
      }
    });
    ArrayNode legend = o.putObject("legend").put("bottom", 0).putArray("data");
    types.forEach(t -> legend.add(w.labels().label("entity_type", t)));
    // a circle rather than a force layout: it always fits the frame and draws the same each time
    ObjectNode s = o.putArray("series").addObject().put("type", "graph").put("layout", "circular")
        .put("roam", true).put("top", "12%").put("bottom", "16%").put("left", "20%")
        .put("right", "20%");
    s.putObject("label").put("show", true).put("position", "right");
    ArrayNode cats = s.putArray("categories");
    types.forEach(t -> cats.addObject().put("name", w.labels().label("entity_type", t)));
    List<String> ids = nodes.stream().map(Entity::id).toList();
    Map<String, Integer> degree = new HashMap<>();
    g.edges().forEach(e -> {
      degree.merge(e.source(), e.weight(), Integer::sum);
      degree.merge(e.target(), e.weight(), Integer::sum);
    });
    ArrayNode data = s.putArray("data");
    for (Entity e : nodes) {
      int deg = degree.getOrDefault(e.id(), 0);
      data.addObject().put("name", w.name(e.id())).put("category", types.indexOf(e.type()))
          .put("symbolSize", Math.min(44, 14 + 4 * deg)).put("value", deg)
          .put("tip", esc(w.name(e.id()) + " (" + w.labels().label("entity_type", e.type()) + ")"));
    }
    ArrayNode links = s.putArray("links");
    for (ActorGraph.Edge e : g.edges()) {
      ObjectNode l = links.addObject().put("source", ids.indexOf(e.source()))
          .put("target", ids.indexOf(e.target())).put("value", e.weight());
      l.putObject("lineStyle").put("width", 1 + e.weight())
          .put("type", e.kind() == ActorGraph.Kind.EXCHANGE ? "solid" : "dashed")
          .put("color", e.kind() == ActorGraph.Kind.EXCHANGE ? "#b3261e" : "#8aa0c0");
      l.put("tip", esc(w.name(e.source()) + (e.kind() == ActorGraph.Kind.EXCHANGE ? " → " : " – ")
          + w.name(e.target()) + ": " + String.join(", ", e.kind() == ActorGraph.Kind.EXCHANGE
              ? e.labels() : e.labels().stream().map(t -> w.labels().label("event_type",
                  EventType.valueOf(t))).toList())));
    }
    return o;
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
