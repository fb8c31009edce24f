package org.axiswatch.outputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axiswatch.analysis.DocumentRef;
import org.axiswatch.analysis.EventFinding;
import org.axiswatch.analysis.ExchangeFinding;
import org.axiswatch.analysis.Findings;
import org.axiswatch.analysis.HitFinding;
import org.axiswatch.analysis.Provenance;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;

/**
 * Findings as FollowTheMoney entities, one JSON object per line ({@code id}, {@code schema},
 * {@code properties} with lists of strings), as {@code ftm} and Aleph read them. People become
 * Person, bodies Organization, states LegalEntity with their country, places Address; exchanges
 * are UnknownLink (subject gives to object), events Event, designation hits Sanction, documents
 * Document. FtM has no claim schema, so claims are left to STIX and CSV.
 */
public final class FtmEntities {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final UUID NAMESPACE = NameBasedId.v5(NameBasedId.STIX_NAMESPACE, "followthemoney");

  private FtmEntities() {}

  public static String write(Findings f) {
    StringBuilder b = new StringBuilder();
    lines(f).forEach(o -> b.append(o.toString()).append('\n'));
    return b.toString();
  }

  static List<ObjectNode> lines(Findings f) {
    List<ObjectNode> out = new ArrayList<>();
    for (DocumentRef d : f.documents()) {
      Map<String, List<String>> p = new TreeMap<>();
      put(p, "title", d.displayTitle());
      put(p, "fileName", d.fileName());
      put(p, "language", language(d.language().code()));
      put(p, "date", d.date() == null ? null : d.date().toString());
      put(p, "author", d.author());
      put(p, "contentHash", d.id());
      out.add(entity(documentId(d.id()), "Document", p));
    }
    for (Entity e : f.entities()) {
      String schema = switch (e.type()) {
        case PERSON -> "Person";
        case ORG -> "Organization";
        case GPE -> "LegalEntity";
        case LOC, FAC -> "Address";
        default -> null; // weapons, dates, quantities have no FtM schema of their own
      };
      if (schema == null) {
        continue;
      }
      Map<String, List<String>> p = new TreeMap<>();
      if (schema.equals("Address")) {
        put(p, "full", e.name());
      } else {
        put(p, "name", e.name());
        e.names().stream().filter(n -> !n.equals(e.name())).forEach(n -> put(p, "alias", n));
        put(p, "wikidataId", e.wikidata());
      }
      String country = alpha2(e.code());
      put(p, "country", country);
      if (schema.equals("LegalEntity")) {
        put(p, "jurisdiction", country);
      }
      out.add(entity(entityId(e.id()), schema, p));
    }
    for (ExchangeFinding xf : f.exchanges()) {
      Exchange x = xf.exchange();
      if (!exported(f, x.from()) || !exported(f, x.to())) {
        continue;
      }
      Map<String, List<String>> p = new TreeMap<>();
      put(p, "subject", entityId(x.from()));
      put(p, "object", entityId(x.to()));
      put(p, "role", x.category().name());
      put(p, "status", x.status().name());
      String verdict = xf.decision() == null ? "" : " — " + xf.decision().verdict().name()
          + (xf.decision().provisions().isEmpty() ? "" : " (" + xf.decision().provisions().stream()
              .map(c -> c.resolution() + " OP" + c.paragraph()).collect(Collectors.joining("; ")) + ")");
      put(p, "summary", x.item() + (x.quantity() == null ? "" : " (" + x.quantity() + ")") + verdict);
      put(p, "date", xf.date() == null ? null : xf.date().toString());
      provenance(p, xf.source());
      out.add(entity(id("link|" + key(xf.source()) + "|" + x.from() + "|" + x.to() + "|"
          + x.category() + "|" + x.item()), "UnknownLink", p));
    }
    for (EventFinding ef : f.events()) {
      Event e = ef.event();
      Map<String, List<String>> p = new TreeMap<>();
      put(p, "name", e.type().name() + (e.date() == null ? "" : " " + e.date()));
      put(p, "date", e.date() == null ? null : e.date().toString());
      e.actors().stream().filter(a -> exported(f, a)).forEach(a -> put(p, "involved", entityId(a)));
      if (!e.actors().isEmpty() && exported(f, e.actors().get(0))) {
        put(p, "organizer", entityId(e.actors().get(0)));
      }
      put(p, "location", e.place() == null ? null
          : f.entity(e.place()).map(Entity::name).orElse(e.place()));
      provenance(p, ef.source());
      out.add(entity(id("event|" + key(ef.source())), "Event", p));
    }
    for (HitFinding h : f.screening()) {
      if (!exported(f, h.hit().entity())) {
        continue;
      }
      Map<String, List<String>> p = new TreeMap<>();
      put(p, "entity", entityId(h.hit().entity()));
      put(p, "authority", h.hit().list().equals("UN") ? "UN Security Council" : h.hit().list());
      put(p, "program", h.hit().list());
      put(p, h.hit().list().equals("UN") ? "unscId" : "authorityId", h.hit().ref());
      put(p, "summary", h.hit().listedName() + " (score "
          + String.format(Locale.ROOT, "%.2f", h.hit().score()) + ")");
      put(p, "reason", h.hit().why());
      put(p, "recordId", h.documentId());
      out.add(entity(id("sanction|" + h.documentId() + "|" + h.hit().entity() + "|"
          + h.hit().ref()), "Sanction", p));
    }
    return out;
  }

  private static boolean exported(Findings f, String entityId) {
    return f.entity(entityId).map(e -> switch (e.type()) {
      case PERSON, ORG, GPE, LOC, FAC -> true;
      default -> false;
    }).orElse(false);
  }

  private static void provenance(Map<String, List<String>> p, Provenance s) {
    put(p, "description", s.evidence());
    put(p, "recordId", s.documentId() + ":" + s.span().start() + "-" + s.span().end());
  }

  private static ObjectNode entity(String id, String schema, Map<String, List<String>> props) {
    ObjectNode o = JSON.createObjectNode().put("id", id).put("schema", schema);
    ObjectNode p = o.putObject("properties");
    props.forEach((k, vs) -> {
      ArrayNode a = p.putArray(k);
      vs.forEach(a::add);
    });
    return o;
  }

  private static void put(Map<String, List<String>> p, String key, String value) {
    if (value != null && !value.isBlank()) {
      List<String> vs = p.computeIfAbsent(key, k -> new ArrayList<>());
      if (!vs.contains(value)) {
        vs.add(value);
      }
    }
  }

  static String entityId(String axiswatchId) {
    return id("entity|" + axiswatchId);
  }

  static String documentId(String docId) {
    return id("document|" + docId);
  }

  private static String id(String name) {
    return "axw-" + NameBasedId.v5(NAMESPACE, name).toString().replace("-", "");
  }

  private static String key(Provenance p) {
    return p.documentId() + "|" + p.span().start() + "|" + p.span().end();
  }

  /** FtM writes countries as lower-case ISO 3166 alpha-2. */
  static String alpha2(String alpha3) {
    if (alpha3 == null) {
      return null;
    }
    for (String c : Locale.getISOCountries()) {
      if (new Locale("", c).getISO3Country().equalsIgnoreCase(alpha3)) {
        return c.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** FtM writes languages as ISO 639-3. */
  static String language(String code) {
    if (code.equals("und")) {
      return null;
    }
    return Locale.forLanguageTag(code).getISO3Language();
  }
}
