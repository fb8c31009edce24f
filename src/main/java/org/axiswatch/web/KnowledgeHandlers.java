package org.axiswatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.sanctions.Verdict;
import org.axiswatch.web.Views.EventFilter;
import org.axiswatch.web.Views.ScreeningRequest;
import org.axiswatch.web.Views.SearchQuery;

/** Questions across the knowledge base: search, events, timeline, ledger, claims, network, brief. */
final class KnowledgeHandlers {
  private final Workbench workbench;
  private final ListScreening lists;

  KnowledgeHandlers(Workbench workbench, ListScreening lists) {
    this.workbench = workbench;
    this.lists = lists;
  }

  /** GET /api/search?q=…&lang=&entity=&type=&source=&from=&to=&limit= */
  void search(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiError.badRequest("say what to search for: ?q=WORDS");
    }
    ctx.json(workbench.search(new SearchQuery(q, Params.text(ctx, "lang"),
        Params.text(ctx, "entity"), entityType(ctx), Params.text(ctx, "source"),
        Params.date(ctx, "from"), Params.date(ctx, "to"),
        Params.number(ctx, "limit", 20, 1, 200))));
  }

  void events(Context ctx) {
    ctx.json(workbench.events(filter(ctx)));
  }

  /** Dated events only, in date order. */
  void timeline(Context ctx) {
    ctx.json(workbench.events(filter(ctx)).stream().filter(r -> r.event().date() != null).toList());
  }

  /** GET /api/exchanges?entity=&verdict=: the ledger. */
  void exchanges(Context ctx) {
    Verdict verdict = verdict(ctx);
    ctx.json(workbench.exchanges(Params.text(ctx, "entity")).stream()
        .filter(r -> verdict == null || (r.decision() != null && r.decision().verdict() == verdict))
        .toList());
  }

  /** The sanctions decisions: ledger rows that have one. */
  void decisions(Context ctx) {
    Verdict verdict = verdict(ctx);
    ctx.json(workbench.exchanges(Params.text(ctx, "entity")).stream()
        .filter(r -> r.decision() != null && (verdict == null || r.decision().verdict() == verdict))
        .toList());
  }

  void claims(Context ctx) {
    ctx.json(workbench.claims(Params.text(ctx, "entity")));
  }

  void network(Context ctx) {
    ctx.json(workbench.network(Params.text(ctx, "entity")));
  }

  /** GET /api/screening: every hit recorded. */
  void screeningHits(Context ctx) {
    ctx.json(workbench.screening(new ScreeningRequest(null, false, null, null)));
  }

  /**
   * POST /api/screening {"name": "…", "organisation": false, "birthYear": 1948, "nationality": "PRK"}:
   * the name against the lists, and what the documents' screening recorded for it.
   */
  void screen(Context ctx) {
    JsonNode body = Json.body(ctx);
    String name = body.path("name").asText("").strip();
    if (name.isEmpty()) {
      throw ApiError.badRequest("give a name to screen: {\"name\": \"…\"}");
    }
    JsonNode year = body.path("birthYear");
    if (!year.isMissingNode() && !year.isNull() && !year.canConvertToInt()) {
      throw ApiError.badRequest("birthYear must be a number");
    }
    String nationality = body.path("nationality").asText("").strip();
    ScreeningRequest request = new ScreeningRequest(name, body.path("organisation").asBoolean(false),
        year.isNumber() && year.canConvertToInt() ? year.asInt() : null,
        nationality.isEmpty() ? null : nationality);
    ctx.json(new Views.ScreeningAnswer(name, lists.screen(request), workbench.screening(request)));
  }

  void brief(Context ctx) {
    ctx.json(workbench.brief(Params.text(ctx, "entity")));
  }

  /**
   * GET /api/brief.html?entity=: the HTML brief, under its own policy that admits its inline
   * blocks by hash (the workbench pages keep theirs); {@code ?download=1} saves it instead.
   */
  void briefHtml(Context ctx) {
    BriefPage page = BriefPage.of(workbench.briefHtml(Params.text(ctx, "entity")));
    ctx.header("Content-Security-Policy", page.policy());
    ctx.header("Content-Disposition", (Params.text(ctx, "download") != null ? "attachment" : "inline")
        + "; filename=\"axiswatch-brief.html\"");
    ctx.contentType("text/html; charset=utf-8").result(page.html());
  }

  private static EventFilter filter(Context ctx) {
    return new EventFilter(Params.text(ctx, "entity"), Params.date(ctx, "from"),
        Params.date(ctx, "to"), Params.text(ctx, "type"));
  }

  private static EntityType entityType(Context ctx) {
    String t = Params.text(ctx, "type");
    try {
      return t == null ? null : EntityType.valueOf(t.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("type must be one of " + java.util.Arrays.toString(EntityType.values()));
    }
  }

  private static Verdict verdict(Context ctx) {
    String v = Params.text(ctx, "verdict");
    try {
      return v == null ? null : Verdict.valueOf(v.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("verdict must be one of PROHIBITED, RESTRICTED, NOT_PROHIBITED, UNCLEAR");
    }
  }
}
