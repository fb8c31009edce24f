package org.axiswatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.axiswatch.Analyzer;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.StoreException;
import org.axiswatch.web.IndexSearch;
import org.axiswatch.web.StoreWorkbench;
import org.axiswatch.search.StoreCatalog;
import org.axiswatch.search.StoreIndexer;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.web.WebBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** axiswatch bench web: concurrent searching and reading against the workbench on loopback. */
@Command(name = "web", mixinStandardHelpOptions = true,
    description = "Serve a corpus on 127.0.0.1 and measure N concurrent clients searching and reading, "
        + "next to one client and to in-process calls measured in the same run.")
public final class WebBenchCommand implements Callable<Integer> {
  @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--seconds", defaultValue = "60", description = "load duration (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--quick", description = "a 10-second run")
  boolean quick;

  @Option(names = "--max-requests", defaultValue = "2000000", description = "request cap per phase")
  long maxRequests;

  @Option(names = "--data", description = "data folder; its bench-corpus/ holds the documents "
      + "(default: a temporary folder)")
  Path data;

  @Option(names = "--documents", defaultValue = "200", description = "documents to generate when "
      + "the corpus folder is empty (default ${DEFAULT-VALUE})")
  int documents;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path dir = data != null ? data : Files.createTempDirectory("axiswatch-bench-web");
    WebBench.Settings settings;
    try {
      settings = new WebBench.Settings(clients, Duration.ofSeconds(quick ? 10 : seconds), maxRequests,
          dir.resolve("bench-corpus"), documents);
    } catch (IllegalArgumentException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    // what serve runs: the embedded store in the data folder, the search index beside it
    Path storeDir = dir.resolve("bench-store");
    try (Database db = Database.openEmbedded(storeDir);
        StoreIndexer index = StoreIndexer.open(storeDir, new StoreCatalog(new KnowledgeBase(db)))) {
      Ingester ingester = new Ingester(db, Analyzer.standard(),
          new DocumentWriter(CrossDocumentResolver.standard()));
      ingester.listen(index);
      try (StoreWorkbench workbench = new StoreWorkbench(db, ingester, storeDir, new IndexSearch(index))) {
        new WebBench(settings, System.out).run(workbench);
      }
      return ExitCodes.OK;
    } catch (StoreException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    } finally {
      if (data == null) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
