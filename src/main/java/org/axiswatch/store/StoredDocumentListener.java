package org.axiswatch.store;

/**
 * Told about each document after its transaction commits (the search index hooks in here). A
 * listener that throws does not undo the store; ingest reports the problem and goes on.
 */
@FunctionalInterface
public interface StoredDocumentListener {
  void stored(StoredDocument document) throws Exception;
}
