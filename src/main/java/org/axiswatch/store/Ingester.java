package org.axiswatch.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.SourceDocument;

/**
 * Reads, analyses and stores files: analysis on worker threads, documents written in file order by
 * one thread and committed in groups, each document behind a savepoint. Listeners hear of each
 * document once it is committed. A file that fails leaves the store as it was.
 */
public final class Ingester {
  /** How one file went. */
  public enum Status { STORED, ALREADY_STORED, FAILED }

  /**
   * @param documentId the content hash, or null when the file could not be read
   * @param problem why it failed (or a listener's complaint on a stored document), else null
   */
  public record Outcome(Path file, Status status, String documentId, String problem) {
    public Outcome {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(status, "status");
    }
  }

  /** Told as each file leaves analysis, in file order ({@code n} counts from 1). */
  @FunctionalInterface
  public interface Progress {
    void analysed(int n, Path file);
  }

  /**
   * Most documents one commit holds. Storing 1,000 generated documents in H2 took about 2.6 ms of
   * CPU a document committed one by one, 1.9 ms in groups of 10, and 3 ms in groups of 100 (an H2
   * commit walks every row the transaction wrote, and big transactions slow its writes). With
   * schema V2's fewer rows, groups of 10 took 0.72–0.74 ms and groups of 20 0.74–0.82 ms.
   */
  static final int GROUP_DOCUMENTS = 10;
  /** Most characters of original text one commit holds (the analyses wait in memory till then). */
  static final long GROUP_CHARS = 1_000_000;
  /** Longest a group stays open, so a slow directory still commits (and indexes) often. */
  static final long GROUP_NANOS = 2_000_000_000L;

  private final Database db;
  private final Analyzer analyzer;
  private final DocumentWriter writer;
  private final List<StoredDocumentListener> listeners = new ArrayList<>();
  private int workers = 1;
  private AnalyzerPool analyzers;

  public Ingester(Database db, Analyzer analyzer, DocumentWriter writer) {
    this.db = db;
    this.analyzer = analyzer;
    this.writer = writer;
    this.analyzers = new AnalyzerPool(analyzer, () -> {
      throw new IllegalStateException("one analyzer is busy and no more were allowed");
    });
  }

  /** Adds a listener told about each newly stored document, after its commit. */
  public Ingester listen(StoredDocumentListener listener) {
    listeners.add(Objects.requireNonNull(listener));
    return this;
  }

  /**
   * Analyses on {@code n} threads when given several files; each thread past the first gets an
   * analyzer from {@code analyzers}.
   */
  public Ingester workers(int n, Supplier<Analyzer> analyzers) {
    if (n < 1) {
      throw new IllegalArgumentException("workers must be at least 1: " + n);
    }
    this.workers = n;
    this.analyzers = new AnalyzerPool(analyzer, analyzers);
    return this;
  }

  /** The analyzers made so far, the first one included (their stage timings add up). */
  public List<Analyzer> analyzers() {
    return analyzers.all();
  }

  public Outcome ingest(Path file) {
    return ingestAll(List.of(file), (n, f) -> { }).get(0);
  }

  /**
   * Reads, analyses and stores the files, in groups of documents committed together; listeners
   * hear of each document after its group's commit, and only then is it reported stored.
   *
   * @return one outcome per file, in order
   */
  public List<Outcome> ingestAll(List<Path> files, Progress progress) {
    Outcome[] outcomes = new Outcome[files.size()];
    int threads = files.size() > 1 ? workers : 1;
    Predicate<String> stored;
    try {
      // workers cannot share the writer's connection: they get the ids stored before the run
      stored = threads > 1 ? storedIds()::contains : this::isStored;
    } catch (SQLException e) {
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = new Outcome(files.get(i), Status.FAILED, null,
            files.get(i) + ": store: " + e.getMessage());
      }
      return List.of(outcomes);
    }
    CommitGroup group = new CommitGroup(db.connection(), writer, db.isPostgres());
    try (AnalysisQueue queue = new AnalysisQueue(files, stored, analyzers, threads)) {
      for (int i = 0; i < files.size(); i++) {
        AnalysisQueue.Analysed a = queue.next();
        progress.analysed(i + 1, a.file());
        outcomes[i] = write(i, a, group);
        commitIfDue(group, files, outcomes);
      }
      commit(group, files, outcomes);
    } finally {
      group.rollback(); // only after an Error: whatever was not committed was not reported
    }
    return List.of(outcomes);
  }

  /** Stores an already analysed document (tests, and callers that analyse themselves). */
  public Outcome store(Path file, AnalyzedDocument doc) {
    return storeAll(List.of(file), List.of(doc)).get(0);
  }

  /** Stores already analysed documents, in commit groups like {@link #ingestAll}. */
  public List<Outcome> storeAll(List<Path> files, List<AnalyzedDocument> docs) {
    if (files.size() != docs.size()) {
      throw new IllegalArgumentException(files.size() + " files but " + docs.size() + " documents");
    }
    Outcome[] outcomes = new Outcome[files.size()];
    CommitGroup group = new CommitGroup(db.connection(), writer, db.isPostgres());
    try {
      for (int i = 0; i < files.size(); i++) {
        String id = docs.get(i).get(SourceDocument.KEY).id();
        outcomes[i] = write(i, new AnalysisQueue.Analysed(files.get(i), id, docs.get(i), null,
            false), group);
        commitIfDue(group, files, outcomes);
      }
      commit(group, files, outcomes);
    } finally {
      group.rollback();
    }
    return List.of(outcomes);
  }

  /** The outcome if it is already final, or null while the document waits for the commit. */
  private static Outcome write(int i, AnalysisQueue.Analysed a, CommitGroup group) {
    if (a.problem() != null) {
      return new Outcome(a.file(), Status.FAILED, a.documentId(), a.problem());
    }
    if (a.alreadyStored()) {
      return new Outcome(a.file(), Status.ALREADY_STORED, a.documentId(), null);
    }
    try {
      return group.add(i, a.doc()) ? null
          : new Outcome(a.file(), Status.ALREADY_STORED, a.documentId(), null);
    } catch (SQLException | RuntimeException e) {
      return new Outcome(a.file(), Status.FAILED, a.documentId(),
          a.file() + ": not stored: " + e.getMessage());
    }
  }

  private void commitIfDue(CommitGroup group, List<Path> files, Outcome[] outcomes) {
    if (group.size() >= GROUP_DOCUMENTS || group.chars() >= GROUP_CHARS
        || group.age() >= GROUP_NANOS) {
      commit(group, files, outcomes);
    }
  }

  private void commit(CommitGroup group, List<Path> files, Outcome[] outcomes) {
    List<CommitGroup.Written> done;
    try {
      done = group.commit();
    } catch (SQLException e) {
      for (int i = 0; i < outcomes.length; i++) {
        if (outcomes[i] == null) {
          outcomes[i] = new Outcome(files.get(i), Status.FAILED, null,
              files.get(i) + ": not stored: commit failed: " + e.getMessage());
        }
      }
      return;
    }
    for (CommitGroup.Written w : done) {
      List<String> complaints = new ArrayList<>();
      for (StoredDocumentListener l : listeners) {
        try {
          l.stored(w.document());
        } catch (Exception e) {
          complaints.add(l.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
      Path file = files.get(w.position());
      outcomes[w.position()] = new Outcome(file, Status.STORED, w.document().id(),
          complaints.isEmpty() ? null : file + ": stored, but " + String.join("; ", complaints));
    }
  }

  private boolean isStored(String id) {
    try {
      return DocumentWriter.isStored(db.connection(), id);
    } catch (SQLException e) {
      return false; // the writer asks again in its transaction and reports the problem
    }
  }

  /** Documents committed before the run: read again but not analysed again. */
  private Set<String> storedIds() throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement st = db.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT id FROM document")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }
}
