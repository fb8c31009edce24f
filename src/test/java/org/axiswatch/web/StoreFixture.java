package org.axiswatch.web;

import java.nio.file.Path;
import org.axiswatch.Analyzer;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.search.StoreCatalog;
import org.axiswatch.search.StoreIndexer;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;

/**
 * What `axiswatch serve` runs, over the table stand-in: the embedded store, the Lucene index the
 * ingester feeds, the store workbench and a server on a free port.
 */
final class StoreFixture implements AutoCloseable {
  final Database db;
  final StoreIndexer index;
  final StoreWorkbench workbench;
  final TestServer server;

  StoreFixture(Path data) throws Exception {
    this(data, TestServer.tableAnalyzer(), 1 << 20);
  }

  StoreFixture(Path data, Analyzer analyzer, long maxUpload) throws Exception {
    db = Database.openEmbedded(data);
    index = StoreIndexer.open(data, new StoreCatalog(new KnowledgeBase(db)));
    Ingester ingester = new Ingester(db, analyzer, new DocumentWriter(CrossDocumentResolver.standard()));
    ingester.listen(index);
    workbench = new StoreWorkbench(db, ingester, data, new IndexSearch(index));
    server = new TestServer(workbench, maxUpload);
  }

  @Override
  public void close() throws Exception {
    server.close();
    workbench.close();
    index.close();
    db.close();
  }
}
