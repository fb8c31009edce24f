package org.axiswatch.outputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.analysis.ClaimFinding;
import org.axiswatch.analysis.DocumentRef;
import org.axiswatch.analysis.EventFinding;
import org.axiswatch.analysis.ExchangeFinding;
import org.axiswatch.analysis.Findings;
import org.axiswatch.analysis.HitFinding;
import org.axiswatch.analysis.Provenance;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.pipeline.PartialDate;

/**
 * Findings as a STIX 2.1 bundle: identities (people, bodies, states) and locations (places,
 * sites); a report per document; relationships for exchanges and events; notes for claims (with
 * confidence from the ICD 203 level) and designation-list hits. Ids are UUIDv5 of the content and
 * timestamps come from the documents' dates, so the same findings give the same bundle.
 */
public final class StixBundle {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** For objects whose documents state no date: STIX needs a timestamp, and "now" would not repeat. */
  static final String NO_DATE = "1970-01-01T00:00:00.000Z";

  private final Findings f;
  private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
  private final Map<String, Set<String>> reportRefs = new LinkedHashMap<>();
  private final String tool;

  private StixBundle(Findings f) {
    this.f = f;
    this.tool = NameBasedId.stix("identity", "axiswatch");
    ObjectNode t = sdo("identity", tool, NO_DATE).put("name", "Axiswatch")
        .put("identity_class", "system");
    t.remove("created_by_ref");
  }

  public static String write(Findings f) {
    try {
      return JSON.writeValueAsString(tree(f));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode tree(Findings f) {
    return new StixBundle(f).build();
  }

  private ObjectNode build() {
    f.documents().forEach(d -> reportRefs.put(d.id(), new LinkedHashSet<>()));
    for (Entity e : f.entities()) {
      entity(e);
    }
    f.exchanges().forEach(this::exchange);
    f.events().forEach(this::event);
    f.claims().forEach(this::claim);
    f.screening().forEach(this::hit);
    for (DocumentRef d : f.documents()) {
      report(d);
    }
    ObjectNode bundle = JSON.createObjectNode().put("type", "bundle")
        .put("id", NameBasedId.stix("bundle", String.join(",", new java.util.TreeSet<>(objects.keySet()))));
    ArrayNode list = bundle.putArray("objects");
    objects.values().forEach(list::add);
    return bundle;
  }

  private ObjectNode sdo(String type, String id, String created) {
    ObjectNode o = JSON.createObjectNode().put("type", type).put("spec_version", "2.1")
        .put("id", id).put("created", created).put("modified", created)
        .put("created_by_ref", tool);
    objects.put(id, o);
    return o;
  }

  private String entityId(Entity e) {
    return NameBasedId.stix(StixVocabulary.isLocation(e.type()) ? "location" : "identity", e.id());
  }

  private void entity(Entity e) {
    String created = earliest(f.documents().stream().filter(d -> d.entities().contains(e.id()))
        .map(DocumentRef::date).toList());
    ObjectNode o;
    if (StixVocabulary.isLocation(e.type())) {
      // the findings do not say which country or region a place lies in; STIX asks for one
      o = sdo("location", entityId(e), created).put("name", e.name()).put("region", "unknown");
    } else if (StixVocabulary.identityClass(e.type()) != null) {
      o = sdo("identity", entityId(e), created).put("name", e.name())
          .put("identity_class", StixVocabulary.identityClass(e.type()));
    } else {
      return; // weapons, dates, quantities: STIX has no object for them; they stay in descriptions
    }
    o.put("x_axiswatch_entity", e.id()).put("x_axiswatch_type", e.type().name());
    if (!e.names().isEmpty()) {
      e.names().forEach(o.putArray("x_axiswatch_names")::add);
    }
    putIf(o, "x_axiswatch_country", e.code());
    putIf(o, "x_axiswatch_wikidata", e.wikidata());
    f.documents().stream().filter(d -> d.entities().contains(e.id()))
        .forEach(d -> reportRefs.get(d.id()).add(entityId(e)));
  }

  private void exchange(ExchangeFinding xf) {
    Exchange x = xf.exchange();
    String from = ref(x.from());
    String to = ref(x.to());
    if (from == null || to == null) {
      return;
    }
    String id = NameBasedId.stix("relationship", "exchange|" + key(xf.source()) + "|" + x.from()
        + "|" + x.to() + "|" + x.category() + "|" + x.item());
    ObjectNode o = sdo("relationship", id, timestamp(xf.date()))
        .put("relationship_type", StixVocabulary.verb(x.category()))
        .put("source_ref", from).put("target_ref", to)
        .put("description", x.item() + " — " + x.text())
        .put("x_axiswatch_item", x.item()).put("x_axiswatch_category", x.category().name())
        .put("x_axiswatch_status", x.status().name());
    putIf(o, "x_axiswatch_quantity", x.quantity());
    if (xf.decision() != null) {
      o.put("x_axiswatch_verdict", xf.decision().verdict().name())
          .put("x_axiswatch_verdict_why", xf.decision().why());
      if (!xf.decision().provisions().isEmpty()) {
        ArrayNode p = o.putArray("x_axiswatch_provisions");
        xf.decision().provisions().forEach(c -> p.add(c.resolution() + " OP" + c.paragraph()));
      }
    }
    provenance(o, xf.source());
  }

  private void event(EventFinding ef) {
    Event e = ef.event();
    List<String> actors = e.actors().stream().map(this::ref).filter(r -> r != null).toList();
    List<String> targets = new ArrayList<>(actors.size() > 1 ? actors.subList(1, actors.size()) : List.of());
    String place = e.place() == null ? null : ref(e.place());
    if (targets.isEmpty() && place != null && !actors.isEmpty()) {
      targets.add(place);
    }
    if (actors.isEmpty() || targets.isEmpty()) {
      // one actor and nowhere: no pair to relate, so the event is kept as a note on the actor
      if (actors.isEmpty()) {
        return;
      }
      ObjectNode n = sdo("note", NameBasedId.stix("note", "event|" + key(ef.source())),
          timestamp(e.date())).put("abstract", e.type().name()
              + (e.date() == null ? "" : " " + e.date())).put("content", e.text());
      n.putArray("object_refs").add(actors.get(0));
      n.put("x_axiswatch_event_type", e.type().name());
      provenance(n, ef.source());
      return;
    }
    for (String target : targets) {
      String id = NameBasedId.stix("relationship", "event|" + key(ef.source()) + "|" + target);
      ObjectNode o = sdo("relationship", id, timestamp(e.date()))
          .put("relationship_type", StixVocabulary.verb(e.type()))
          .put("source_ref", actors.get(0)).put("target_ref", target)
          .put("description", e.text()).put("x_axiswatch_event_type", e.type().name())
          .put("x_axiswatch_plover", e.plover().category());
      if (e.date() != null) {
        o.put("start_time", e.date().first() + "T00:00:00.000Z")
            .put("stop_time", e.date().last() + "T23:59:59.999Z");
      }
      if (place != null && !place.equals(target)) {
        o.put("x_axiswatch_place_ref", place);
      }
      provenance(o, ef.source());
    }
  }

  private void claim(ClaimFinding cf) {
    Claim c = cf.claim();
    String report = reportId(cf.source().documentId());
    ObjectNode n = sdo("note", NameBasedId.stix("note", "claim|" + key(cf.source()) + "|" + c.kind()),
        timestamp(c.date() != null ? c.date() : documentDate(cf.source().documentId())))
        .put("abstract", c.kind().name() + (c.estimative() == null ? ""
            : " (" + c.estimative().level().name() + ": " + c.estimative().term() + ")"))
        .put("content", c.text()).put("x_axiswatch_claim_kind", c.kind().name())
        .put("x_axiswatch_reliability", String.valueOf(c.reliability()))
        .put("x_axiswatch_credibility", c.credibility());
    if (cf.credibilityReason() != null) {
      n.put("x_axiswatch_credibility_reason", cf.credibilityReason());
    }
    if (c.estimative() != null) {
      n.put("confidence", (int) Math.round(c.estimative().level().midpoint() * 100))
          .put("x_axiswatch_estimative_term", c.estimative().term())
          .put("x_axiswatch_estimative_level", c.estimative().level().name());
    }
    ArrayNode refs = n.putArray("object_refs").add(report);
    String source = c.source() == null ? null : ref(c.source());
    if (source != null) {
      refs.add(source);
    }
    provenance(n, cf.source());
  }

  private void hit(HitFinding h) {
    String target = ref(h.hit().entity());
    if (target == null) {
      return;
    }
    ObjectNode n = sdo("note", NameBasedId.stix("note", "screening|" + h.documentId() + "|"
        + h.hit().entity() + "|" + h.hit().list() + "|" + h.hit().ref()),
        timestamp(documentDate(h.documentId())))
        .put("abstract", h.hit().list() + " " + h.hit().ref() + ": " + h.hit().listedName())
        .put("content", h.hit().why())
        .put("confidence", (int) Math.round(h.hit().score() * 100));
    n.putArray("object_refs").add(target);
    n.put("x_axiswatch_document", h.documentId());
    reportRefs.get(h.documentId()).add(n.get("id").asText());
  }

  private void report(DocumentRef d) {
    ObjectNode r = sdo("report", reportId(d.id()), timestamp(d.date()))
        .put("name", d.displayTitle()).put("published", timestamp(d.date()))
        .put("lang", d.language().code());
    r.putArray("report_types").add("threat-report");
    putIf(r, "description", d.author() == null ? null : "Author: " + d.author());
    r.putArray("external_references").addObject().put("source_name", "axiswatch")
        .put("external_id", d.id()).put("description", d.fileName());
    Set<String> refs = reportRefs.get(d.id());
    ArrayNode list = r.putArray("object_refs");
    (refs.isEmpty() ? Set.of(tool) : refs).forEach(list::add);
  }

  private void provenance(ObjectNode o, Provenance p) {
    o.put("x_axiswatch_document", p.documentId()).put("x_axiswatch_evidence", p.evidence());
    o.putArray("x_axiswatch_span").add(p.span().start()).add(p.span().end());
    DocumentRef d = f.document(p.documentId()).orElse(null);
    if (d != null) {
      putIf(o, "lang", d.language().code());
      reportRefs.get(d.id()).add(o.get("id").asText());
    }
  }

  private String ref(String entityId) {
    return f.entity(entityId).filter(e -> StixVocabulary.isLocation(e.type())
        || StixVocabulary.identityClass(e.type()) != null).map(this::entityId).orElse(null);
  }

  private String reportId(String documentId) {
    return NameBasedId.stix("report", documentId);
  }

  private PartialDate documentDate(String documentId) {
    return f.document(documentId).map(DocumentRef::date).orElse(null);
  }

  private static String key(Provenance p) {
    return p.documentId() + "|" + p.span().start() + "|" + p.span().end();
  }

  static String timestamp(PartialDate d) {
    return d == null ? NO_DATE : d.first() + "T00:00:00.000Z";
  }

  private static String earliest(List<PartialDate> dates) {
    return dates.stream().filter(d -> d != null).map(PartialDate::first).min(LocalDate::compareTo)
        .map(d -> d + "T00:00:00.000Z").orElse(NO_DATE);
  }

  private static void putIf(ObjectNode o, String key, String value) {
    if (value != null && !value.isBlank()) {
      o.put(key, value);
    }
  }
}
