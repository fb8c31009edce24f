package org.axiswatch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axiswatch.analysis.ClaimFinding;
import org.axiswatch.analysis.EntityProfile;
import org.axiswatch.analysis.KbEntity;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.Selection;
import org.axiswatch.analysis.StoredFindings;
import org.axiswatch.outputs.BriefHtml;
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
 * Ingester} (committed before the reply, under the ingest lock), reads through {@link KnowledgeBase} and
 * the analysis package's {@link Knowledge} (the analyst's merges and splits applied), merges and
 * splits are the store's analyst decisions. Writes take turns on the store's own connection;
 * reads run side by side on {@link ReadConnections}, searches on the Lucene index, and the read of
 * the whole knowledge base is shared until the store's change marker moves.
 */
public final class StoreWorkbench implements Workbench, AutoCloseable {
  /** Read connections: a few suffice on a small machine; more only queue on the CPU. */
  private static final int READERS = 4;

  /** The knowledge base as read at one change marker. */
  private record Snapshot(String marker, Knowledge knowledge, IdentityMap map,
      Map<String, DocumentSummary> listing, Map<String, DocumentView> documents) {}

  /** Documents kept ready per snapshot: a reader's working set, not the corpus. */
  private static final int DOCUMENTS_KEPT = 256;

  private final Database db;
  private final KnowledgeBase kb;
  private final Ingester ingester;
  private final Path dataDir;
  private final boolean embedded;
  private final WorkbenchSearch search;
  private final ReadConnections reads;
  private final Object writeTurn = new Object();
  private final Object snapshotTurn = new Object();
  private volatile Snapshot snapshot;

  /**
   * @param dataDir the data folder: scratch space for uploads and, for an embedded store, the
   *     ingest lock
   * @param search searches the stored documents: {@link IndexSearch} over the index the ingester
   *     feeds
   */
  public StoreWorkbench(Database db, Ingester ingester, Path dataDir, WorkbenchSearch search)
      throws StoreException {
    this.db = Objects.requireNonNull(db, "db");
    this.kb = new KnowledgeBase(db);
    this.ingester = Objects.requireNonNull(ingester, "ingester");
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.embedded = !db.isPostgres();
    this.search = Objects.requireNonNull(search, "search");
    this.reads = new ReadConnections(db, READERS);
  }

  @Override
  public Upload upload(String fileName, byte[] bytes) throws ReadException {
    Ingester.Outcome outcome;
    synchronized (writeTurn) {
      outcome = ingest(fileName, bytes);
      search.refresh();
    }
    if (outcome.status() == Ingester.Status.FAILED) {
      String problem = outcome.problem() == null ? "not stored" : outcome.problem();
      throw new ReadException(outcome.file(), problem.startsWith(outcome.file() + ": ")
          ? problem.substring(outcome.file().toString().length() + 2) : problem);
    }
    DocumentSummary summary = documents().stream()
        .filter(d -> d.id().equals(outcome.documentId())).findFirst()
        .orElseThrow(() -> new ApiError(500, "stored but not listed: " + outcome.documentId(), fileName));
    return new Upload(summary, outcome.status() == Ingester.Status.STORED);
  }

  private Ingester.Outcome ingest(String fileName, byte[] bytes) throws ReadException {
    try (IngestLock lock = embedded ? IngestLock.acquire(dataDir) : null) {
      Path dir = Files.createTempDirectory(Files.createDirectories(dataDir.resolve("uploads")), "up");
      Path file = dir.resolve(fileName);
      try {
        Files.write(file, bytes);
        return ingester.ingest(file);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (StoreException e) {
      throw new ApiError(503, e.getMessage(), fileName);
    } catch (IOException e) {
      throw new ReadException(Path.of(fileName), "cannot stage the upload: " + e.getMessage(), e);
    }
  }

  @Override
  public List<DocumentSummary> documents() {
    return reads.read(k -> k.documents().stream().map(StoreViews::summary).toList());
  }

  @Override
  public Optional<DocumentView> document(String id) {
    // a stored document never changes; its view does only when the names or identities do, and
    // those move the change marker, which starts a new snapshot with no views kept
    Snapshot s = snapshot();
    DocumentView kept = s.documents().get(id);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<StoredDocument> stored = reads.read(k -> k.load(id));
    Optional<DocumentView> view = stored.map(d -> StoreViews.document(d, s.knowledge(), s.map(),
        reads.read(k -> StoredFindings.claims(k, id))));
    if (view.isPresent()) {
      if (s.documents().size() >= DOCUMENTS_KEPT) {
        s.documents().clear();
      }
      s.documents().put(id, view.get());
    }
    return view;
  }

  @Override
  public SearchResult search(SearchQuery query) {
    SearchResult found = search.search(query);
    // the index keeps a title only when the document has one; the listing names every document
    Map<String, DocumentSummary> listing = snapshot().listing();
    return new SearchResult(found.query(), found.total(), found.hits().stream().map(h -> {
      DocumentSummary d = listing.get(h.id());
      return d == null ? h : new Views.SearchHit(h.id(), d.title(), d.fileName(), h.date(),
          h.language(), h.score(), h.fragments());
    }).toList());
  }

  @Override
  public Optional<EntityView> entity(String id) {
    Snapshot s = snapshot();
    Knowledge k = s.knowledge();
    return k.entity(id).map(e -> StoreViews.entity(EntityProfile.of(k, e), k, s.map()));
  }

  @Override
  public Optional<EntityView> merge(String kept, String absorbed) {
    synchronized (writeTurn) {
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
    }
    return entity(kept);
  }

  @Override
  public Optional<EntityView> split(String id, List<String> names) {
    String newId;
    synchronized (writeTurn) {
      newId = decideSplit(id, names);
    }
    return newId == null ? Optional.empty() : entity(newId);
  }

  /** Records the split; the new entity's id, or null when {@code id} names nothing. */
  private String decideSplit(String id, List<String> names) {
    Optional<KbEntity> e = knowledge().entity(id);
    if (e.isEmpty()) {
      return null;
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
    return newId;
  }

  @Override
  public List<EventRow> events(EventFilter filter) {
    return StoreViews.events(knowledge(), filter);
  }

  @Override
  public List<LedgerRow> exchanges(String entity) {
    return StoreViews.ledger(knowledge(), entity);
  }

  @Override
  public List<ClaimRow> claims(String entity) {
    Snapshot s = snapshot();
    // graded against the whole knowledge base, as brief and export grade them
    Map<String, List<ClaimFinding>> graded = reads.read(StoredFindings::graded).claims().stream()
        .collect(Collectors.groupingBy(c -> c.source().documentId()));
    List<ClaimRow> rows = new ArrayList<>();
    for (StoredDocument d : storedDocuments()) {
      rows.addAll(StoreViews.claims(d, s.knowledge(), s.map(), entity,
          graded.getOrDefault(d.id(), List.of())));
    }
    return rows;
  }

  @Override
  public Network network(String entity) {
    return StoreViews.network(knowledge(), entity);
  }

  @Override
  public List<ScreeningRow> screening(ScreeningRequest request) {
    return StoreViews.screening(knowledge(), request);
  }

  @Override
  public BriefView brief(String entity) {
    Selection selection = new Selection(entity, null, null);
    try {
      BriefContent content = BriefContent.of(reads.read(k -> StoredFindings.load(k, selection)), selection);
      String about = entity == null ? "all documents" : knowledge().name(entity);
      return new BriefView("Brief: " + about, BriefMarkdown.write(content, Language.KO));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  @Override
  public String briefHtml(String entity) {
    Selection selection = new Selection(entity, null, null);
    try {
      BriefContent content = BriefContent.of(reads.read(k -> StoredFindings.load(k, selection)), selection);
      return BriefHtml.write(content, Language.KO, BriefHtml.Mode.INTERACTIVE);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private List<StoredDocument> storedDocuments() {
    return reads.read(k -> {
      List<StoredDocument> out = new ArrayList<>();
      for (String id : k.documentIds()) {
        k.load(id).ifPresent(out::add);
      }
      return out;
    });
  }

  private static Map<String, DocumentSummary> listing(KnowledgeBase k) throws SQLException {
    Map<String, DocumentSummary> byId = new HashMap<>();
    for (var d : k.documents()) {
      byId.put(d.id(), StoreViews.summary(d));
    }
    return byId;
  }

  private Knowledge knowledge() {
    return snapshot().knowledge();
  }

  /**
   * The knowledge base as of the store's current change marker: read once per change, by one
   * thread while the others wait for it, then shared (Knowledge is not changed after it is read).
   */
  private Snapshot snapshot() {
    String marker = reads.changeMarker();
    Snapshot s = snapshot;
    if (s != null && s.marker().equals(marker)) {
      return s;
    }
    synchronized (snapshotTurn) {
      s = snapshot;
      if (s == null || !s.marker().equals(marker)) {
        s = reads.read(k -> new Snapshot(marker, Knowledge.read(k), k.identityMap(),
            listing(k), new ConcurrentHashMap<>()));
        snapshot = s;
      }
      return s;
    }
  }

  @Override
  public void close() {
    reads.close();
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
