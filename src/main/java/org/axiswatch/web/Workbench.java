package org.axiswatch.web;

import java.util.List;
import java.util.Optional;
import org.axiswatch.read.ReadException;
import org.axiswatch.web.Views.BriefView;
import org.axiswatch.web.Views.ClaimRow;
import org.axiswatch.web.Views.DocumentSummary;
import org.axiswatch.web.Views.DocumentView;
import org.axiswatch.web.Views.EntityView;
import org.axiswatch.web.Views.EventRow;
import org.axiswatch.web.Views.LedgerRow;
import org.axiswatch.web.Views.Network;
import org.axiswatch.web.Views.ScreeningRequest;
import org.axiswatch.web.Views.ScreeningRow;
import org.axiswatch.web.Views.SearchQuery;
import org.axiswatch.web.Views.SearchResult;
import org.axiswatch.web.Views.Upload;

/**
 * What the workbench's handlers need from the knowledge base, and nothing more. Ids that name
 * nothing give an empty Optional (404), never null.
 */
public interface Workbench {

  /** Analyses and stores one uploaded file; the same bytes twice give the same document. */
  Upload upload(String fileName, byte[] bytes) throws ReadException;

  List<DocumentSummary> documents();

  Optional<DocumentView> document(String id);

  SearchResult search(SearchQuery query);

  Optional<EntityView> entity(String id);

  /** Folds {@code absorbed} into {@code kept}; empty when either id names nothing. */
  Optional<EntityView> merge(String kept, String absorbed);

  /** Moves the given names of an entity to a new entity; empty when the id names nothing. */
  Optional<EntityView> split(String id, List<String> names);

  /** Dated events first, by date; filtered by entity (null: all) and the date range. */
  List<EventRow> events(Views.EventFilter filter);

  /** Every exchange with its sanctions decision, for the ledger. */
  List<LedgerRow> exchanges(String entity);

  List<ClaimRow> claims(String entity);

  Network network(String entity);

  /** The designation-list hits recorded for documents, and for a name if the request gives one. */
  List<ScreeningRow> screening(ScreeningRequest request);

  BriefView brief(String entity);

  /**
   * The outputs stage's self-contained HTML brief (inline style and scripts). Only a workbench
   * over the knowledge base writes it; the in-memory stand-in has no findings to write it from.
   */
  default String briefHtml(String entity) {
    throw new ApiError(501, "the HTML brief is written from the knowledge base (axiswatch serve)", null);
  }
}
