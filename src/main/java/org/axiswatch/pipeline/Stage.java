package org.axiswatch.pipeline;

import java.util.Set;

/**
 * One job on the shared document, as a CoreNLP annotator: it names the keys it needs and the keys
 * it adds, so {@link Pipeline} can check the order before any document is read.
 */
public interface Stage {

  /** Keys that must be on the document before this stage runs. */
  Set<Key<?>> requires();

  /** Keys this stage puts on the document. */
  Set<Key<?>> adds();

  /** Reads the required keys and puts the added ones. */
  void annotate(AnalyzedDocument document);

  /** A short name for timings and errors. */
  default String name() {
    return getClass().getSimpleName();
  }
}
