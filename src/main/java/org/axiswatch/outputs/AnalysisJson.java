package org.axiswatch.outputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.sanctions.Citation;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;
import org.axiswatch.structure.Sentence;

/**
 * Writes an analysed document as the analysis JSON contract (docs/analysis-json.md). A part whose
 * stage did not run is an empty list, so the shape never changes.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  public static String write(AnalyzedDocument doc) {
    try {
      return MAPPER.writeValueAsString(tree(doc));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode tree(AnalyzedDocument doc) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode d = root.putObject("document");
    doc.find(SourceDocument.KEY).ifPresent(s -> {
      d.put("id", s.id());
      d.put("file", s.fileName());
      d.put("media_type", s.mediaType());
      d.put("encoding", s.encoding());
    });
    doc.find(DocumentInfo.KEY).ifPresent(i -> {
      d.put("language", i.language().code());
      d.put("date", i.date() == null ? null : i.date().toString());
      d.put("title", i.title());
      d.put("author", i.author());
    });
    ArrayNode outline = root.putArray("outline");
    doc.find(Outline.KEY).ifPresent(o -> o.roots().forEach(n -> node(outline.addObject(), n)));
    ArrayNode sentences = root.putArray("sentences");
    for (Sentence s : list(doc, Sentence.KEY)) {
      sentences.addObject().put("start", s.span().start()).put("end", s.span().end());
    }
    ArrayNode mentions = root.putArray("mentions");
    for (Mention m : list(doc, Mention.KEY)) {
      ObjectNode o = mentions.addObject();
      o.put("type", m.type().name()).put("text", m.text())
          .put("start", m.span().start()).put("end", m.span().end())
          .put("entity", m.entity()).put("value", m.value()).put("origin", m.origin());
    }
    ArrayNode entities = root.putArray("entities");
    for (Entity e : list(doc, Entity.KEY)) {
      ObjectNode o = entities.addObject();
      o.put("id", e.id()).put("type", e.type().name()).put("name", e.name());
      e.names().forEach(o.putArray("names")::add);
      o.put("code", e.code()).put("wikidata", e.wikidata()).put("origin", e.origin());
    }
    ArrayNode events = root.putArray("events");
    for (Event e : list(doc, Event.KEY)) {
      ObjectNode o = events.addObject();
      o.put("type", e.type().name()).put("date", e.date() == null ? null : e.date().toString());
      e.actors().forEach(o.putArray("actors")::add);
      o.put("place", e.place()).put("text", e.text())
          .put("start", e.span().start()).put("end", e.span().end());
      ObjectNode p = o.putObject("plover");
      p.put("category", e.plover().category()).put("mode", e.plover().mode());
      e.plover().context().forEach(p.putArray("context")::add);
    }
    ArrayNode exchanges = root.putArray("exchanges");
    for (Exchange x : list(doc, Exchange.KEY)) {
      exchanges.addObject().put("from", x.from()).put("to", x.to())
          .put("category", x.category().name()).put("item", x.item())
          .put("status", x.status().name()).put("quantity", x.quantity())
          .put("text", x.text()).put("start", x.span().start()).put("end", x.span().end());
    }
    ArrayNode claims = root.putArray("claims");
    for (Claim c : list(doc, Claim.KEY)) {
      ObjectNode o = claims.addObject();
      o.put("kind", c.kind().name()).put("source", c.source())
          .put("date", c.date() == null ? null : c.date().toString())
          .put("text", c.text()).put("start", c.span().start()).put("end", c.span().end());
      if (c.estimative() == null) {
        o.putNull("estimative");
      } else {
        o.putObject("estimative").put("term", c.estimative().term())
            .put("level", c.estimative().level().name());
      }
      o.put("reliability", String.valueOf(c.reliability())).put("credibility", c.credibility());
    }
    ArrayNode sanctions = root.putArray("sanctions");
    for (Decision s : list(doc, Decision.KEY)) {
      ObjectNode o = sanctions.addObject();
      o.put("exchange", s.exchange()).put("verdict", s.verdict().name()).put("why", s.why());
      ArrayNode ps = o.putArray("provisions");
      for (Citation c : s.provisions()) {
        ps.addObject().put("resolution", c.resolution()).put("paragraph", c.paragraph())
            .put("why", c.why());
      }
    }
    ArrayNode screening = root.putArray("screening");
    for (ScreeningHit h : list(doc, ScreeningHit.KEY)) {
      screening.addObject().put("entity", h.entity()).put("list", h.list()).put("ref", h.ref())
          .put("listed_name", h.listedName()).put("score", h.score()).put("why", h.why());
    }
    return root;
  }

  private static void node(ObjectNode o, OutlineNode n) {
    o.put("kind", n.kind().name()).put("marker", n.marker()).put("text", n.text())
        .put("start", n.span().start()).put("end", n.span().end());
    ArrayNode kids = o.putArray("children");
    n.children().forEach(c -> node(kids.addObject(), c));
  }

  private static <T> List<T> list(AnalyzedDocument doc, Key<List<T>> key) {
    return doc.find(key).orElse(List.of());
  }
}
