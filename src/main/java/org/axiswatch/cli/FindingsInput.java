package org.axiswatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axiswatch.Analyzer;
import org.axiswatch.analysis.Findings;
import org.axiswatch.analysis.Selection;
import org.axiswatch.analysis.StoredFindings;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.ReadException;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;

/**
 * Where brief and export read findings from: the knowledge base by default; FILE arguments are
 * analysed directly instead, and nothing is stored.
 */
final class FindingsInput {
  /** Findings and how many files could not be read. */
  record Loaded(Findings findings, int failed) {}

  /**
   * Findings and how many FILE arguments could not be read, or (findings null) the exit code to
   * stop with, the reason already printed.
   */
  record Outcome(Findings findings, int unread, int exitCode) {
    boolean stopped() {
      return findings == null;
    }
  }

  private FindingsInput() {}

  /**
   * Reads the findings for a command: a store problem is {@link ExitCodes#STORE}, FILE arguments
   * none of which could be read are {@link ExitCodes#BAD_INPUT}; messages go to {@code err}.
   */
  static Outcome load(List<Path> files, StoreOptions store, PrintStream err) {
    Loaded loaded;
    try {
      loaded = read(files, store, err);
    } catch (StoreException | SQLException e) {
      err.println("axiswatch: " + store.describe() + ": " + e.getMessage());
      return new Outcome(null, 0, ExitCodes.STORE);
    }
    if (!files.isEmpty() && loaded.failed() == files.size()) {
      return new Outcome(null, loaded.failed(), ExitCodes.BAD_INPUT);
    }
    return new Outcome(loaded.findings(), loaded.failed(), ExitCodes.OK);
  }

  static Loaded read(List<Path> files, StoreOptions store, PrintStream err)
      throws StoreException, SQLException {
    if (!files.isEmpty()) {
      return analyse(files, err);
    }
    try (Database db = store.open()) {
      return new Loaded(StoredFindings.load(new KnowledgeBase(db), Selection.ALL), 0);
    }
  }

  static Loaded analyse(List<Path> files, PrintStream err) {
    Analyzer analyzer = Analyzer.standard();
    List<AnalyzedDocument> docs = new ArrayList<>();
    int failed = 0;
    for (Path file : files) {
      try {
        docs.add(analyzer.analyze(file));
      } catch (ReadException e) {
        err.println("axiswatch: " + e.getMessage());
        failed++;
      }
    }
    return new Loaded(Findings.of(docs), failed);
  }
}
