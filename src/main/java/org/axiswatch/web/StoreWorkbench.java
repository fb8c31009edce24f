package org.axiswatch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axiswatch.analysis.EntityProfile;
import org.axiswatch.analysis.KbEntity;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.Selection;
import org.axiswatch.analysis.StoredFindings;
import org.axiswatch.outputs.BriefMarkdown;
import org.axiswatch.pipeline.Language;
import org.axiswatch.read.ReadException;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.resolve.FormNormalizer;
import org.axiswatch.resolve.IdentityMap;
import org.axiswatch.store.Database;
import org.axiswatch.store.IngestLock;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import org.axiswatch.store.StoredDocument;
import org.axiswatch.web.Views.BriefView;
import org.axiswatch.web.Views.ClaimRow;
import org.axiswatch.web.Views.DocumentSummary;
import org.axiswatch.web.Views.DocumentView;
import org.axiswatch.web.Views.EntityView;
import org.axiswatch.web.Views.EventFilter;
import org.axiswatch.web.Views.EventRow;
import org.axiswatch.web.Views.LedgerRow;
import org.axiswatch.web.Views.Network;
import org.axiswatch.web.Views.ScreeningRequest;
import org.axiswatch.web.Views.ScreeningRow;
import org.axiswatch.web.Views.SearchQuery;
import org.axiswatch.web.Views.SearchResult;
import org.axiswatch.web.Views.Upload;

/**
 * The workbench over the knowledge base the commands use: uploads go through the store's {@link
 * Ingester} (one transaction each, under the ingest lock), reads through {@link KnowledgeBase} and
 * the analysis package's {@link Knowledge} (the analyst's merges and splits applied), merges and
 * splits are the store's analyst decisions. One JDBC connection, so calls take turns.
 */
public final class StoreWorkbench implements Workbench {
  /** How long a read of the whole knowledge base is reused when nothing was written here. */
  private static final long KNOWLEDGE_MAX_AGE_NANOS = 5_000_000_000L;

  private final Database db;
  private final KnowledgeBase kb;
  private final Ingester ingester;
  private final Path dataDir;
  private final boolean embedded;
  private final WorkbenchSearch search;
  private Knowledge knowledge;
  private long knowledgeRead;

  /**
   * @param dataDir the data folder: scratch space for uploads and, for an embedded store, the
   *     ingest lock
   * @param search searches the stored documents (the Lucene index, or a scan)
   */
  public StoreWorkbench(Database db, Ingester ingester, Path dataDir, WorkbenchSearch search) {
    this(db, ingester, dataDir, search, true);
  }

  /** Over the store, searching by a scan of the stored documents (no index). */
  public static StoreWorkbench scanning(Database db, Ingester ingester, Path dataDir) {
    return new StoreWorkbench(db, ingester, dataDir, null, false);
  }

  private StoreWorkbench(Database db, Ingester ingester, Path dataDir, WorkbenchSearch search,
      boolean indexed) {
    this.db = Objects.requireNonNull(db, "db");
    this.kb = new KnowledgeBase(db);
    this.ingester = Objects.requireNonNull(ingester, "ingester");
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.embedded = !db.isPostgres();
    this.search = indexed ? Objects.requireNonNull(search, "search") : new ScanSearch(kb);
  }

  @Override
  public synchronized Upload upload(String fileName, byte[] bytes) throws ReadException {
    Ingester.Outcome outcome;
    try (IngestLock lock = embedded ? IngestLock.acquire(dataDir) : null) {
      Path dir = Files.createTempDirectory(Files.createDirectories(dataDir.resolve("uploads")), "up");
      Path file = dir.resolve(fileName);
      try {
        Files.write(file, bytes);
        outcome = ingester.ingest(file);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (StoreException e) {
      throw new ApiError(503, e.getMessage(), fileName);
    } catch (IOException e) {
      throw new ReadException(Path.of(fileName), "cannot stage the upload: " + e.getMessage(), e);
    }
    if (outcome.status() == Ingester.Status.FAILED) {
      String problem = outcome.problem() == null ? "not stored" : outcome.problem();
      throw new ReadException(outcome.file(), problem.startsWith(outcome.file() + ": ")
          ? problem.substring(outcome.file().toString().length() + 2) : problem);
    }
    knowledge = null;
    DocumentSummary summary = documents().stream()
        .filter(d -> d.id().equals(outcome.documentId())).findFirst()
        .orElseThrow(() -> new ApiError(500, "stored but not listed: " + outcome.documentId(), fileName));
    return new Upload(summary, outcome.status() == Ingester.Status.STORED);
  }

  @Override
  public synchronized List<DocumentSummary> documents() {
    return sql(() -> kb.documents().stream().map(StoreViews::summary).toList());
  }

  @Override
  public synchronized Optional<DocumentView> document(String id) {
    Optional<StoredDocument> stored = sql(() -> kb.load(id));
    return stored.map(d -> StoreViews.document(d, knowledge(), sql(kb::identityMap)));
  }

  @Override
  public synchronized SearchResult search(SearchQuery query) {
    return search.search(query);
  }

  @Override
  public synchronized Optional<EntityView> entity(String id) {
    Knowledge k = knowledge();
    return k.entity(id).map(e -> StoreViews.entity(EntityProfile.of(k, e), k, sql(kb::identityMap)));
  }

  @Override
  public synchronized Optional<EntityView> merge(String kept, String absorbed) {
    Knowledge k = knowledge();
    if (k.entity(kept).isEmpty() || k.entity(absorbed).isEmpty()) {
      return Optional.empty();
    }
    if (kept.equals(absorbed)) {
      throw new IllegalArgumentException("an entity cannot be merged into itself: " + kept);
    }
    sql(() -> {
      kb.decide(AnalystDecision.merge(kept, absorbed));
      return null;
    });
    knowledge = null;
    return entity(kept);
  }

  @Override
  public synchronized Optional<EntityView> split(String id, List<String> names) {
    Optional<KbEntity> e = knowledge().entity(id);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    for (String name : names) {
      String key = FormNormalizer.normalize(name);
      if (e.get().forms().stream().noneMatch(f -> FormNormalizer.normalize(f).equals(key))) {
        throw new IllegalArgumentException(name + " is not a form of " + id + " (forms: "
            + String.join(", ", e.get().forms()) + ")");
      }
    }
    // the id the command line gives a split-off entity by default
    String newId = id + "/" + FormNormalizer.normalize(names.get(0));
    sql(() -> {
      kb.decide(AnalystDecision.split(id, newId, names));
      return null;
    });
    knowledge = null;
    return entity(newId);
  }

  @Override
  public synchronized List<EventRow> events(EventFilter filter) {
    return StoreViews.events(knowledge(), filter);
  }

  @Override
  public synchronized List<LedgerRow> exchanges(String entity) {
    return StoreViews.ledger(knowledge(), entity);
  }

  @Override
  public synchronized List<ClaimRow> claims(String entity) {
    Knowledge k = knowledge();
    IdentityMap map = sql(kb::identityMap);
    List<ClaimRow> rows = new ArrayList<>();
    for (StoredDocument d : storedDocuments()) {
      rows.addAll(StoreViews.claims(d, k, map, entity));
    }
    return rows;
  }

  @Override
  public synchronized Network network(String entity) {
    return StoreViews.network(knowledge(), entity);
  }

  @Override
  public synchronized List<ScreeningRow> screening(ScreeningRequest request) {
    return StoreViews.screening(knowledge(), request);
  }

  @Override
  public synchronized BriefView brief(String entity) {
    Selection selection = new Selection(entity, null, null);
    try {
      BriefContent content = BriefContent.of(sql(() -> StoredFindings.load(kb, selection)), selection);
      String about = entity == null ? "all documents" : knowledge().name(entity);
      return new BriefView("Brief: " + about, BriefMarkdown.write(content, Language.KO));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private List<StoredDocument> storedDocuments() {
    return sql(() -> {
      List<StoredDocument> out = new ArrayList<>();
      for (String id : kb.documentIds()) {
        kb.load(id).ifPresent(out::add);
      }
      return out;
    });
  }

  private Knowledge knowledge() {
    if (knowledge == null || System.nanoTime() - knowledgeRead > KNOWLEDGE_MAX_AGE_NANOS) {
      knowledge = sql(() -> Knowledge.read(kb));
      knowledgeRead = System.nanoTime();
    }
    return knowledge;
  }

  private interface Query<T> {
    T run() throws SQLException;
  }

  private static <T> T sql(Query<T> q) {
    try {
      return q.run();
    } catch (SQLException e) {
      throw new ApiError(503, "the knowledge base cannot be read: " + e.getMessage(), null);
    }
  }
}
