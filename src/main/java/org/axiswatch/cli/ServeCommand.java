package org.axiswatch.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.axiswatch.Analyzer;
import org.axiswatch.web.AccessToken;
import org.axiswatch.web.ListScreening;
import org.axiswatch.web.IndexSearch;
import org.axiswatch.web.StoreWorkbench;
import org.axiswatch.search.StoreCatalog;
import org.axiswatch.search.StoreIndexer;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.StoreException;
import org.axiswatch.resolve.CrossDocumentResolver;
import picocli.CommandLine.Mixin;
import org.axiswatch.web.WorkbenchServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** axiswatch serve: the analyst's workbench (web pages and JSON API) over the knowledge base. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Open the workbench: web pages and a JSON API (docs at /api/docs).")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to bind (default ${DEFAULT-VALUE}); 0.0.0.0 for every interface")
  String host;

  @Mixin StoreOptions store;

  @Option(names = "--token", description = "the access token (default: made on first start, "
      + "kept in DATA/" + AccessToken.FILE + ")")
  String token;

  @Option(names = "--open", description = "no token, for local single-user use; loopback only")
  boolean open;

  @Option(names = "--max-upload-mb", defaultValue = "50", description = "upload limit in MB")
  int maxUploadMb;

  @Override
  public Integer call() throws InterruptedException {
    if (open && token != null) {
      System.err.println("axiswatch: --open and --token exclude each other");
      return ExitCodes.USAGE;
    }
    if (open && !WorkbenchServer.isLoopback(host)) {
      System.err.println("axiswatch: --open binds to loopback only; refusing --host " + host);
      return ExitCodes.USAGE;
    }
    String key;
    try {
      key = open ? null : token != null ? token : AccessToken.loadOrCreate(store.dataDir());
    } catch (IOException e) {
      System.err.println("axiswatch: " + store.dataDir() + ": cannot keep the access token: " + e.getMessage());
      return ExitCodes.STORE;
    }
    ListScreening lists;
    try {
      lists = ListScreening.of(store.dataDir());
    } catch (IOException e) {
      System.err.println("axiswatch: designation lists: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    Database db;
    try {
      db = store.open();
    } catch (StoreException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    }
    Ingester ingester = new Ingester(db, Analyzer.standard(),
        new DocumentWriter(CrossDocumentResolver.standard()));
    IngestCommand.listeners(store, db).forEach(ingester::listen);
    // the server holds the index's writer: it heals against the store on open, takes each upload
    // and commits it at once, and its searchers see every commit
    StoreIndexer index;
    StoreWorkbench workbench;
    try {
      index = StoreIndexer.open(store.dataDir(), new StoreCatalog(new KnowledgeBase(db)));
    } catch (IOException | RuntimeException e) {
      System.err.println("axiswatch: " + store.dataDir().resolve("index") + ": search index: "
          + e.getMessage());
      closeQuietly(db);
      return ExitCodes.STORE;
    }
    if (index.healed().changed()) {
      System.out.printf("search index brought level with the store: %d added, %d dropped%n",
          index.healed().added(), index.healed().dropped());
    }
    ingester.listen(index);
    try {
      workbench = new StoreWorkbench(db, ingester, store.dataDir(), new IndexSearch(index));
    } catch (StoreException e) {
      System.err.println("axiswatch: " + e.getMessage());
      closeQuietly(index);
      closeQuietly(db);
      return ExitCodes.STORE;
    }
    WorkbenchServer server = WorkbenchServer.start(workbench, lists,
        new WorkbenchServer.Config(host, port, key, maxUploadMb * 1024L * 1024L));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    System.out.println("Axiswatch workbench: http://" + shown + ":" + server.port() + "/");
    System.out.println(open ? "open mode: no token needed (loopback only)" : "token: " + key);
    System.out.println("API: http://" + shown + ":" + server.port() + "/api/docs · Ctrl-C stops");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      workbench.close();
      closeQuietly(index);
      closeQuietly(db);
      stopped.countDown();
    }));
    stopped.await();
    return ExitCodes.OK;
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      System.err.println("axiswatch: " + e.getMessage());
    }
  }
}
