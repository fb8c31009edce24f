package org.axiswatch.outputs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.BriefItem;
import org.axiswatch.analysis.BriefSummary;
import org.axiswatch.analysis.ClaimFinding;
import org.axiswatch.analysis.EventFinding;
import org.axiswatch.analysis.ExchangeFinding;
import org.axiswatch.analysis.Footnote;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.pipeline.Language;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.Verdict;

/**
 * Words the brief's content in one language: the same statements in Korean or English, entity
 * names in that language, evidence quoted as written.
 */
final class BriefWording {
  /** Evidence longer than this is cut in footnotes; the span still points at all of it. */
  static final int MAX_EVIDENCE = 280;

  /** A worded statement and the footnotes that back it. */
  record Line(String text, List<Integer> notes) {}

  /** One row of the exchange table. */
  record ExchangeRow(String from, String to, String item, String category, String status,
      Verdict verdict, String verdictLabel, String provisions, List<Integer> notes) {}

  private final BriefContent content;
  private final Language language;
  private final BriefLabels labels;

  BriefWording(BriefContent content, Language language) {
    this.content = content;
    this.language = language;
    this.labels = BriefLabels.of(language);
  }

  BriefLabels labels() {
    return labels;
  }

  Language language() {
    return language;
  }

  BriefContent content() {
    return content;
  }

  String title() {
    if (content.topic().isEmpty()) {
      return labels.get("title.all");
    }
    String topic = content.topic().stream().map(e -> name(e.id()))
        .collect(Collectors.joining(labels.get("title.topic_join")));
    return labels.format("title.topic", Map.of("topic", topic));
  }

  String subtitle() {
    BriefSummary s = content.summary();
    String period = s.earliest() == null ? labels.get("period.none")
        : labels.format("period.range", Map.of("from", labels.date(s.earliest()),
            "to", labels.date(s.latest())));
    return labels.format("subtitle", Map.of("documents", s.documents(), "period", period));
  }

  /**
   * An entity's name: Korean = its first Hangul form of two syllables or more (so 북한, not the
   * abbreviation 북 of "북-러"; the first Hangul form when there is no longer one), English = its
   * canonical name.
   */
  String name(String id) {
    if (id == null) {
      return "";
    }
    Entity e = content.findings().entity(id).orElse(null);
    if (e == null) {
      return id;
    }
    if (language == Language.KO) {
      String first = null;
      for (String n : e.names()) {
        long hangul = n.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
        if (hangul >= 2) {
          return n;
        }
        if (hangul == 1 && first == null) {
          first = n;
        }
      }
      if (first != null) {
        return first;
      }
    }
    return e.name();
  }

  List<Line> summary() {
    BriefSummary s = content.summary();
    List<Line> out = new ArrayList<>();
    if (s.events() + s.exchanges() + s.claims() == 0 && s.hits().isEmpty()) {
      out.add(new Line(labels.get("summary.nothing"), List.of()));
      return out;
    }
    out.add(new Line(labels.format("summary.counts", Map.of("documents", s.documents(),
        "events", s.events(), "exchanges", s.exchanges(), "claims", s.claims())), List.of()));
    if (s.earliest() != null) {
      out.add(new Line(labels.format("summary.span", Map.of("from", labels.date(s.earliest()),
          "to", labels.date(s.latest()))), List.of()));
    }
    if (s.exchanges() > 0) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("exchanges", s.exchanges());
      s.verdicts().forEach((v, n) -> args.put(v.name(), n));
      out.add(new Line(labels.format("summary.verdicts", args), List.of()));
    }
    for (BriefItem<ExchangeFinding> x : s.topExchanges()) {
      ExchangeRow r = exchange(x);
      out.add(new Line(labels.format("summary.top_exchange", Map.of("verdict", r.verdictLabel(),
          "from", r.from(), "to", r.to(), "item", r.item(), "category", r.category())), r.notes()));
    }
    for (BriefItem<EventFinding> e : s.keyEvents()) {
      Event ev = e.fact().event();
      out.add(new Line(labels.format("summary.key_event", Map.of("date", labels.date(ev.date()),
          "type", labels.label("event_type", ev.type()), "actors", actors(ev))), content.notes(e)));
    }
    if (!s.hits().isEmpty()) {
      String names = s.hits().stream().map(h -> name(h.hit().entity())).distinct()
          .collect(Collectors.joining(", "));
      out.add(new Line(labels.format("summary.hits", Map.of("count", s.hits().size(),
          "names", names)), List.of()));
    }
    return out;
  }

  Line event(BriefItem<EventFinding> item) {
    Event e = item.fact().event();
    String text = labels.format("event.line", Map.of("date", labels.date(e.date()),
        "type", labels.label("event_type", e.type()), "actors", actors(e)));
    if (e.place() != null) {
      text += labels.format("event.place", Map.of("place", name(e.place())));
    }
    return new Line(text, content.notes(item));
  }

  private String actors(Event e) {
    return e.actors().isEmpty() ? labels.get("event.no_actors")
        : e.actors().stream().map(this::name).collect(Collectors.joining(", "));
  }

  Line claim(BriefItem<ClaimFinding> item) {
    Claim c = item.fact().claim();
    StringBuilder b = new StringBuilder();
    if (c.estimative() != null) {
      b.append(labels.format("claim.estimative", Map.of(
          "level", labels.label("level", c.estimative().level()), "term", c.estimative().term())));
    }
    if (c.source() != null) {
      b.append(labels.format("claim.source", Map.of("source", name(c.source()))));
    }
    b.append(oneLine(c.text()));
    // only a grade the knowledge base judged: the extracted 6 says nothing to the reader
    if (item.fact().credibilityReason() != null && c.credibility() < 6) {
      b.append(labels.format("claim.credibility", Map.of("reliability", c.reliability(),
          "credibility", c.credibility())));
    }
    return new Line(b.toString(), content.notes(item));
  }

  ExchangeRow exchange(BriefItem<ExchangeFinding> item) {
    Exchange x = item.fact().exchange();
    Decision d = item.fact().decision();
    String itemText = oneLine(x.item()) + (x.quantity() == null ? ""
        : labels.format("exchange.quantity", Map.of("quantity", x.quantity())));
    String provisions = d == null || d.provisions().isEmpty() ? labels.get("exchange.no_provisions")
        // a numbered resolution reads "resolution 1718, paragraph 8(b)"; a presidential
        // statement or other text keeps its own reference
        : d.provisions().stream().map(p -> labels.format(p.resolution().matches("\\d+")
            ? "exchange.provision" : "exchange.provision_other",
            Map.of("resolution", p.resolution(), "paragraph", p.paragraph())))
            .collect(Collectors.joining("; "));
    return new ExchangeRow(name(x.from()), name(x.to()), itemText,
        labels.label("category", x.category()), labels.label("status", x.status()),
        d == null ? null : d.verdict(),
        d == null ? labels.get("exchange.no_decision") : labels.label("verdict", d.verdict()),
        provisions, content.notes(item));
  }

  String footnote(Footnote f) {
    String evidence = oneLine(f.source().evidence());
    if (evidence.length() > MAX_EVIDENCE) {
      evidence = evidence.substring(0, MAX_EVIDENCE - 1) + "…";
    }
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("title", oneLine(f.document().displayTitle()));
    args.put("id", f.document().id().substring(0, 12));
    args.put("evidence", evidence);
    if (f.source().sentence() >= 0) {
      args.put("sentence", f.source().sentence() + 1);
      return labels.format("note.line", args);
    }
    args.put("start", f.source().span().start());
    args.put("end", f.source().span().end());
    return labels.format("note.no_sentence", args);
  }

  String screening(org.axiswatch.analysis.HitFinding h) {
    return labels.format("screening.line", Map.of("entity", name(h.hit().entity()),
        "list", h.hit().list(), "ref", h.hit().ref(), "listed", h.hit().listedName(),
        "score", String.format(Locale.ROOT, "%.2f", h.hit().score()),
        "document", content.findings().document(h.documentId())
            .map(d -> oneLine(d.displayTitle())).orElse(h.documentId())));
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
