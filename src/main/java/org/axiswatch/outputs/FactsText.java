package org.axiswatch.outputs;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.ClaimKind;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.pipeline.AnalyzedDocument;

/**
 * The fact part of the terminal view: a dated event list, the exchange table (from → to: item
 * [category, status]) and the sources cited, each with a short quote of its evidence.
 */
final class FactsText {
  private static final int QUOTE = 64;
  private static final String HANG = "              ";

  private FactsText() {}

  static void append(StringBuilder b, AnalyzedDocument doc) {
    doc.find(Event.KEY).ifPresent(events -> events(b, events));
    doc.find(Exchange.KEY).ifPresent(exchanges -> exchanges(b, exchanges));
    doc.find(Claim.KEY).ifPresent(claims -> claims(b, claims));
  }

  private static void events(StringBuilder b, List<Event> events) {
    b.append("\nevents (").append(events.size()).append(")\n");
    Comparator<Event> byDate = Comparator.comparing(Event::date,
        Comparator.nullsLast(Comparator.naturalOrder()));
    events.stream().sorted(byDate.thenComparing(Event::span)).forEach(e -> {
      String date = e.date() == null ? "undated" : e.date().toString();
      b.append("  ").append(pad(date, 11)).append(' ').append(pad(e.type().name(), 15)).append(' ')
          .append(e.actors().isEmpty() ? "-" : String.join(", ", e.actors()));
      if (e.place() != null) {
        b.append(" @ ").append(e.place());
      }
      b.append("  [").append(e.plover().category());
      if (e.plover().mode() != null) {
        b.append(' ').append(e.plover().mode());
      }
      if (!e.plover().context().isEmpty()) {
        b.append("; ").append(String.join(", ", e.plover().context()));
      }
      b.append("]\n");
      quote(b, e.text());
    });
  }

  private static void exchanges(StringBuilder b, List<Exchange> exchanges) {
    b.append("\nexchanges (").append(exchanges.size()).append(")\n");
    for (Exchange x : exchanges) {
      b.append("  ").append(x.from()).append(" → ").append(x.to()).append(": ").append(x.item())
          .append(" [").append(x.category()).append(", ").append(x.status()).append(']');
      if (x.quantity() != null) {
        b.append("  ").append(x.quantity());
      }
      b.append('\n');
      quote(b, x.text());
    }
  }

  private static void claims(StringBuilder b, List<Claim> claims) {
    List<Claim> reports = claims.stream().filter(c -> c.kind() == ClaimKind.REPORT).toList();
    b.append("\nsources cited (").append(reports.size()).append(")\n");
    for (Claim c : reports) {
      b.append("  ").append(c.source()).append("  [").append(c.reliability())
          .append(c.credibility()).append("]  ").append(c.date() == null ? "undated" : c.date());
      if (c.estimative() != null) {
        b.append("  ").append(c.estimative().term()).append(" = ").append(c.estimative().level());
      }
      b.append('\n');
      quote(b, c.text());
    }
    Map<ClaimKind, Integer> kinds = new EnumMap<>(ClaimKind.class);
    claims.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
    if (!kinds.isEmpty()) {
      b.append("\nclaims    ");
      kinds.forEach((k, n) -> b.append(k.name().toLowerCase()).append(' ').append(n).append("  "));
      b.append('\n');
    }
  }

  private static void quote(StringBuilder b, String evidence) {
    b.append(HANG).append('“').append(AnalysisText.shorten(evidence, QUOTE)).append("”\n");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
