package org.axiswatch.outputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axiswatch.analysis.ClaimFinding;
import org.axiswatch.analysis.EventFinding;
import org.axiswatch.analysis.ExchangeFinding;
import org.axiswatch.analysis.Findings;
import org.axiswatch.analysis.Provenance;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.sanctions.Citation;

/**
 * Findings as one CSV file per table (entities, events, exchanges, claims, decisions): a header
 * row, RFC 4180 quoting and CRLF line ends, UTF-8. Lists inside a cell are joined with "; ".
 * With {@code excelBom} each file starts with a byte-order mark, which Excel needs to read UTF-8
 * Hangul correctly and most other readers (Python's csv, pandas without utf-8-sig) take for a
 * character of the first header: so it is off unless asked for.
 */
public final class CsvTables {
  private CsvTables() {}

  /** Table name to CSV text, in a stable order. */
  public static Map<String, String> tables(Findings f) {
    Map<String, String> out = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("id", "type", "name", "names", "code", "wikidata", "documents"));
    for (Entity e : f.entities()) {
      rows.add(List.of(e.id(), e.type().name(), e.name(), String.join("; ", e.names()),
          nz(e.code()), nz(e.wikidata()), String.join("; ", f.documents().stream()
              .filter(d -> d.entities().contains(e.id())).map(d -> d.id()).toList())));
    }
    out.put("entities", csv(rows));

    rows = new ArrayList<>();
    rows.add(header("type", "date", "actors", "place", "plover_category", "plover_mode",
        "plover_context"));
    for (EventFinding ef : f.events()) {
      Event e = ef.event();
      rows.add(row(ef.source(), e.type().name(), e.date() == null ? "" : e.date().toString(),
          String.join("; ", e.actors()), nz(e.place()), e.plover().category(), nz(e.plover().mode()),
          String.join("; ", e.plover().context())));
    }
    out.put("events", csv(rows));

    rows = new ArrayList<>();
    List<List<String>> decisions = new ArrayList<>();
    rows.add(header("exchange_id", "from", "to", "category", "item", "status", "quantity",
        "verdict"));
    decisions.add(List.of("exchange_id", "document_id", "verdict", "resolution", "paragraph",
        "provision_why", "why"));
    for (ExchangeFinding xf : f.exchanges()) {
      Exchange x = xf.exchange();
      String id = exchangeId(xf);
      rows.add(row(xf.source(), id, x.from(), x.to(), x.category().name(), x.item(),
          x.status().name(), nz(x.quantity()),
          xf.decision() == null ? "" : xf.decision().verdict().name()));
      if (xf.decision() != null) {
        List<Citation> cites = xf.decision().provisions();
        if (cites.isEmpty()) {
          decisions.add(List.of(id, xf.source().documentId(), xf.decision().verdict().name(),
              "", "", "", xf.decision().why()));
        }
        for (Citation c : cites) {
          decisions.add(List.of(id, xf.source().documentId(), xf.decision().verdict().name(),
              c.resolution(), c.paragraph(), c.why(), xf.decision().why()));
        }
      }
    }
    out.put("exchanges", csv(rows));

    rows = new ArrayList<>();
    rows.add(header("kind", "source", "date", "estimative_term", "estimative_level",
        "confidence", "reliability", "credibility", "credibility_reason"));
    for (ClaimFinding cf : f.claims()) {
      Claim c = cf.claim();
      rows.add(row(cf.source(), c.kind().name(), nz(c.source()),
          c.date() == null ? "" : c.date().toString(),
          c.estimative() == null ? "" : c.estimative().term(),
          c.estimative() == null ? "" : c.estimative().level().name(),
          c.estimative() == null ? "" : String.valueOf(Math.round(c.estimative().level().midpoint() * 100)),
          String.valueOf(c.reliability()), String.valueOf(c.credibility()),
          nz(cf.credibilityReason())));
    }
    out.put("claims", csv(rows));
    out.put("decisions", csv(decisions));
    return out;
  }

  /** Writes {@code <table>.csv} files into a directory, creating it. */
  public static List<Path> write(Findings f, Path dir, boolean excelBom) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> t : tables(f).entrySet()) {
      Path p = dir.resolve(t.getKey() + ".csv");
      Files.writeString(p, (excelBom ? "\uFEFF" : "") + t.getValue(), StandardCharsets.UTF_8);
      written.add(p);
    }
    return written;
  }

  /** A short, stable id joining an exchange row to its decision rows. */
  static String exchangeId(ExchangeFinding xf) {
    Provenance p = xf.source();
    Exchange x = xf.exchange();
    return "x-" + NameBasedId.v5(NameBasedId.STIX_NAMESPACE, p.documentId() + "|"
        + p.span().start() + "|" + p.span().end() + "|" + x.from() + "|" + x.to() + "|"
        + x.category() + "|" + x.item()).toString().substring(0, 8);
  }

  private static List<String> header(String... columns) {
    List<String> h = new ArrayList<>(List.of(columns));
    h.addAll(List.of("document_id", "start", "end", "sentence", "evidence"));
    return h;
  }

  private static List<String> row(Provenance p, String... values) {
    List<String> r = new ArrayList<>(List.of(values));
    r.addAll(List.of(p.documentId(), String.valueOf(p.span().start()),
        String.valueOf(p.span().end()), p.sentence() < 0 ? "" : String.valueOf(p.sentence()),
        p.evidence()));
    return r;
  }

  static String csv(List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(field(row.get(i)));
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  /** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
