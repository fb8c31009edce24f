package org.axiswatch.web;

import java.util.List;
import java.util.Objects;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.EventType;
import org.axiswatch.facts.Exchange;
import org.axiswatch.facts.Plover;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.structure.OutlineNode;

/**
 * The shapes the API sends and takes. They wrap the stage records (the contract) with what a page
 * needs beside them: which document, which display name. Serialised as JSON by Jackson.
 */
public final class Views {
  private Views() {}

  /** @param length characters of text, or null when the listing does not know */
  public record DocumentSummary(
      String id, String fileName, String mediaType, String language, PartialDate date,
      String title, String author, Integer length, int mentions, int events, int exchanges) {
    public DocumentSummary {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(fileName, "fileName");
    }
  }

  /** @param added false when the same bytes were already in the knowledge base */
  public record Upload(DocumentSummary document, boolean added) {}

  /** One document with all it holds; spans index {@code text}. */
  /**
   * @param claimReasons beside each claim, why its credibility is what it is when it was graded
   *     against the knowledge base; null where it is the value extracted
   */
  public record DocumentView(
      DocumentSummary summary, String text, List<OutlineNode> outline, List<Mention> mentions,
      List<Entity> entities, List<Event> events, List<Exchange> exchanges, List<Claim> claims,
      List<String> claimReasons, List<Decision> decisions, List<ScreeningHit> screening) {}

  /**
   * @param text the analyst's words
   * @param language "ko", "en" or null for any
   * @param entity only documents naming this entity id, or null
   * @param type only documents naming an entity of this type, or null
   * @param source only documents citing this source entity id, or null
   * @param from only documents dated on or after, or null
   * @param to only documents dated on or before, or null
   */
  public record SearchQuery(
      String text, String language, String entity, EntityType type, String source,
      PartialDate from, PartialDate to, int limit) {
    public SearchQuery {
      Objects.requireNonNull(text, "text");
      if (limit < 1 || limit > 200) {
        throw new IllegalArgumentException("limit must be 1..200: " + limit);
      }
    }
  }

  /** A run of text, marked when it matched the query: pages render it as text, never as HTML. */
  public record Piece(String text, boolean hit) {}

  /** One passage of a document around a match, as pieces; {@code start} is its original offset. */
  public record Fragment(int start, List<Piece> pieces) {}

  public record SearchHit(
      String id, String title, String fileName, PartialDate date, String language, double score,
      List<Fragment> fragments) {}

  public record SearchResult(String query, int total, List<SearchHit> hits) {}

  /** Where an entity is named. */
  public record Appearance(String document, String title, int mentions) {}

  public record EntityView(
      Entity entity, List<String> mergedFrom, List<Appearance> documents, List<EventRow> events,
      List<LedgerRow> exchanges, List<ScreeningRow> screening) {}

  public record EventFilter(String entity, PartialDate from, PartialDate to, String type) {}

  /**
   * An event as the timeline shows it: the {@link Event} contract's fields, with the PLOVER coding
   * null where the source of the row (the store's event table) does not keep it.
   */
  public record EventFact(EventType type, PartialDate date, List<String> actors, String place,
      Span span, String text, Plover plover) {
    public EventFact {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      actors = List.copyOf(actors);
    }
  }

  /** An event, its document, and display names for its actors and place. */
  public record EventRow(String document, EventFact event, List<String> actorNames, String placeName) {}

  /** One line of the exchange ledger. */
  public record LedgerRow(
      String document, int index, Exchange exchange, String fromName, String toName,
      Decision decision) {}

  /**
   * @param credibilityReason why the claim's credibility is what it is, when it was graded against
   *     the knowledge base; null when it is the value extracted
   */
  public record ClaimRow(String document, Claim claim, String sourceName, String credibilityReason) {}

  public record NetworkNode(String id, String name, String type, int weight) {}

  /** @param kind "exchange" (from → to) or "event" (actors together) */
  public record NetworkLink(String source, String target, String kind, String label, int count) {}

  public record Network(List<NetworkNode> nodes, List<NetworkLink> links) {}

  /**
   * @param name a name to screen, or null to list what the documents' screening recorded
   * @param organisation true to screen an organisation, false for a person
   */
  public record ScreeningRequest(String name, boolean organisation, Integer birthYear, String nationality) {}

  /** A designation-list entry a typed-in name was checked against. */
  public record ListMatch(String list, String ref, String listedName, String listedForm, double score,
      boolean match, String why) {}

  /** @param recorded hits the documents' own screening recorded for entities with this name */
  public record ScreeningAnswer(String name, List<ListMatch> matches, List<ScreeningRow> recorded) {}

  /** @param document the document whose entity was screened, or null for a typed-in name */
  public record ScreeningRow(String document, String entityName, ScreeningHit hit) {}

  /** A brief as Markdown, for the page to show as text and for download. */
  public record BriefView(String title, String markdown) {}
}
