package org.axiswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.Analyzer;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.search.StoreCatalog;
import org.axiswatch.search.StoreIndexer;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.IngestLock;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import org.axiswatch.store.StoredDocumentListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch ingest FILE|DIR...: analyse and store documents, committed in groups. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse files (directories: every .txt .md .html .htm .pdf inside) and store "
        + "them in the knowledge base. A file already stored is left as it is.")
public final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "files or directories")
  List<Path> inputs;

  @Mixin StoreOptions store;

  @Option(names = "--json", description = "print the summary as JSON")
  boolean json;

  @Option(names = "--workers", paramLabel = "N",
      description = "threads that analyse (default: the machine's ${DEFAULT-VALUE} cores)")
  int workers = Runtime.getRuntime().availableProcessors();

  /**
   * Told about each newly stored document after its commit. The search index adds itself here
   * (its index lives beside the store: {@code store.dataDir()}); demo uses the same list.
   */
  static List<StoredDocumentListener> listeners(StoreOptions store, Database db) {
    return List.of();
  }

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    PrintStream err = Console.err();
    if (workers < 1) {
      err.println("axiswatch: --workers must be at least 1, not " + workers);
      return ExitCodes.USAGE;
    }
    List<Path> files;
    try {
      files = InputFiles.expand(inputs);
    } catch (IOException e) {
      err.println("axiswatch: cannot list " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (files.isEmpty()) {
      err.println("axiswatch: no .txt .md .html .htm or .pdf files in " + inputs);
      return ExitCodes.BAD_INPUT;
    }
    List<Ingester.Outcome> outcomes = new ArrayList<>();
    // one writer per data directory; a server store takes concurrent ingests in its transactions
    // the search index opens after the store, heals itself against it, and commits on close
    try (IngestLock lock = store.embedded() ? IngestLock.acquire(store.dataDir()) : null;
        Database db = store.open();
        StoreIndexer index = StoreIndexer.open(store.dataDir(), new StoreCatalog(new KnowledgeBase(db)))) {
      Ingester ingester = new Ingester(db, Analyzer.standard(),
          new DocumentWriter(CrossDocumentResolver.standard()))
          .workers(workers, Analyzer::standard);
      listeners(store, db).forEach(ingester::listen);
      ingester.listen(index);
      Progress progress = new Progress(err, Console.interactive(), files.size());
      outcomes.addAll(ingester.ingestAll(files, (n, f) -> progress.step(n, f.toString())));
      progress.finish();
    } catch (StoreException e) {
      err.println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    } catch (IOException | RuntimeException e) {
      err.println("axiswatch: " + store.dataDir().resolve("index") + ": search index: "
          + e.getMessage());
      return ExitCodes.STORE;
    }
    if (json) {
      out.println(toJson(outcomes));
    } else {
      summary(out, err, outcomes);
    }
    long failed = outcomes.stream().filter(o -> o.status() == Ingester.Status.FAILED).count();
    return failed == 0 ? ExitCodes.OK
        : failed == outcomes.size() ? ExitCodes.BAD_INPUT : ExitCodes.PARTIAL;
  }

  private void summary(PrintStream out, PrintStream err, List<Ingester.Outcome> outcomes) {
    int stored = 0;
    int already = 0;
    int failed = 0;
    for (Ingester.Outcome o : outcomes) {
      switch (o.status()) {
        case STORED -> stored++;
        case ALREADY_STORED -> already++;
        case FAILED -> failed++;
      }
      if (o.problem() != null) {
        err.println((o.status() == Ingester.Status.FAILED ? "skipped: " : "warning: ") + o.problem());
      }
    }
    out.printf("%d file(s): %d stored, %d already stored, %d skipped  (store: %s)%n",
        outcomes.size(), stored, already, failed, store.describe());
  }

  private static String toJson(List<Ingester.Outcome> outcomes) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (Ingester.Outcome o : outcomes) {
      ObjectNode f = files.addObject();
      f.put("file", o.file().toString());
      f.put("status", o.status().name());
      f.put("id", o.documentId());
      f.put("problem", o.problem());
    }
    root.put("stored", outcomes.stream().filter(o -> o.status() == Ingester.Status.STORED).count());
    root.put("failed", outcomes.stream().filter(o -> o.status() == Ingester.Status.FAILED).count());
    return root.toPrettyString();
  }
}
