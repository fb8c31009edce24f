package org.axiswatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.ReportedEvent;
import org.axiswatch.analysis.ReportedExchange;
import org.axiswatch.store.StoredEvent;
import org.axiswatch.store.StoredExchange;

/** Facts across documents, for the terminal and as JSON, with every source and its own values. */
final class FactText {
  private final Knowledge k;

  FactText(Knowledge k) {
    this.k = k;
  }

  String names(List<String> ids) {
    return ids.stream().map(k::name).collect(Collectors.joining(", "));
  }

  String event(ReportedEvent e) {
    StringBuilder b = new StringBuilder(e.type() + "  " + names(e.actors()));
    if (e.datesConflict()) {
      b.append("  [dates differ: ").append(e.dates().stream().map(Object::toString)
          .collect(Collectors.joining(" / "))).append(']');
    }
    for (StoredEvent s : e.sources()) {
      b.append("\n      ").append(s.date() == null ? "undated" : s.date()).append("  ")
          .append(source(s.documentId())).append(": ").append(shorten(s.text()));
    }
    return b.toString();
  }

  String exchange(ReportedExchange x) {
    StringBuilder b = new StringBuilder(k.name(x.from()) + " → " + k.name(x.to()) + "  "
        + x.category() + "  " + String.join(" / ", x.items()));
    if (x.conflicting()) {
      b.append("  [reports differ]");
    }
    for (StoredExchange s : x.sources()) {
      b.append("\n      ").append(s.status());
      if (s.quantity() != null) {
        b.append(" ").append(s.quantity());
      }
      b.append(s.verdict() == null ? "" : "  verdict " + s.verdict() + citations(s))
          .append("  ").append(s.date() == null ? "undated" : s.date())
          .append("document".equals(s.dateBasis()) ? " (report date)" : "")
          .append("  ").append(source(s.documentId())).append(": ").append(shorten(s.text()));
    }
    return b.toString();
  }

  private static String citations(StoredExchange s) {
    return s.provisions().isEmpty() ? "" : " (" + s.provisions().stream()
        .map(c -> c.resolution() + " §" + c.paragraph()).collect(Collectors.joining(", ")) + ")";
  }

  String source(String documentId) {
    return "[" + documentId.substring(0, 8) + " " + shorten(k.documentLabel(documentId), 30) + "]";
  }

  static String shorten(String s) {
    return shorten(s, 90);
  }

  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  ObjectNode eventJson(ReportedEvent e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", e.type().name());
    o.put("date", e.date() == null ? null : e.date().toString());
    ArrayNode actors = o.putArray("actors");
    e.actors().forEach(actors::add);
    ArrayNode sources = o.putArray("sources");
    for (StoredEvent s : e.sources()) {
      ObjectNode src = sources.addObject();
      src.put("document", s.documentId());
      src.put("date", s.date() == null ? null : s.date().toString());
      src.put("place", s.place());
      src.put("text", s.text());
      src.put("start", s.span().start());
      src.put("end", s.span().end());
    }
    return o;
  }

  ObjectNode exchangeJson(ReportedExchange x) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("from", x.from());
    o.put("to", x.to());
    o.put("category", x.category().name());
    o.put("date", x.date() == null ? null : x.date().toString());
    ArrayNode sources = o.putArray("sources");
    for (StoredExchange s : x.sources()) {
      ObjectNode src = sources.addObject();
      src.put("document", s.documentId());
      src.put("item", s.item());
      src.put("status", s.status().name());
      src.put("quantity", s.quantity());
      src.put("date", s.date() == null ? null : s.date().toString());
      src.put("date_basis", s.dateBasis());
      src.put("verdict", s.verdict() == null ? null : s.verdict().name());
      ArrayNode provisions = src.putArray("provisions");
      s.provisions().forEach(c -> provisions.addObject().put("resolution", c.resolution())
          .put("paragraph", c.paragraph()).put("why", c.why()));
      src.put("text", s.text());
      src.put("start", s.span().start());
      src.put("end", s.span().end());
    }
    return o;
  }
}
