package org.axiswatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.axiswatch.Analyzer;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.outputs.AnalysisText;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.IngestLock;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import org.axiswatch.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * axiswatch demo: ingests the shipped sample brief into the store and prints what was found, read
 * back from the store, so it shows the whole path on a fresh machine with no server.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the sample brief (src/main/resources/samples) and print what Axiswatch "
        + "found in it.")
public final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "000_ea373eb64e99052c.txt";

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    PrintStream err = Console.err();
    Path dir = null;
    try (IngestLock lock = store.embedded() ? IngestLock.acquire(store.dataDir()) : null;
        Database db = store.open()) {
      dir = Files.createTempDirectory("axiswatch-demo");
      Path file = dir.resolve(SAMPLE);
      try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + SAMPLE)) {
        if (in == null) {
          err.println("axiswatch: the sample " + SAMPLE + " is missing from the build");
          return ExitCodes.STORE;
        }
        Files.copy(in, file);
      }
      Ingester ingester = new Ingester(db, Analyzer.standard(),
          new DocumentWriter(CrossDocumentResolver.standard()));
      IngestCommand.listeners(store, db).forEach(ingester::listen);
      Ingester.Outcome outcome = ingester.ingest(file);
      if (outcome.status() == Ingester.Status.FAILED) {
        err.println("axiswatch: " + outcome.problem());
        return ExitCodes.STORE;
      }
      KnowledgeBase kb = new KnowledgeBase(db);
      StoredDocument doc = kb.load(outcome.documentId()).orElseThrow();
      out.println(AnalysisText.write(doc.analysis()));
      out.println(FindingsText.write(Knowledge.read(kb), outcome.documentId()));
      out.println();
      out.printf("%s %s in the knowledge base (%s) as %s; it holds %d document(s).%n",
          SAMPLE, outcome.status() == Ingester.Status.STORED ? "stored" : "was already",
          store.describe(), outcome.documentId().substring(0, 12), kb.documentIds().size());
      out.println("Next: axiswatch documents · axiswatch entity NAME · axiswatch timeline · "
          + "axiswatch network");
      return ExitCodes.OK;
    } catch (StoreException | SQLException e) {
      err.println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    } catch (IOException e) {
      err.println("axiswatch: cannot stage the sample: " + e.getMessage());
      return ExitCodes.STORE;
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try {
      Files.deleteIfExists(dir.resolve(SAMPLE));
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a temp copy left behind harms nothing
    }
  }
}
