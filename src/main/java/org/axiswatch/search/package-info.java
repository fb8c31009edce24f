/**
 * The search index: a Lucene index beside the store, one Lucene document per sentence of each
 * stored document, Korean analysed with Nori and English with Lucene's English analyzer.
 *
 * <p>Takes {@link org.axiswatch.search.SearchDocument}s (built from an analysed or stored
 * document), gives ranked {@link org.axiswatch.search.SearchHit}s with highlighted snippets. The
 * store is the truth: the index can always be rebuilt from it ({@link
 * org.axiswatch.search.IndexRebuilder}) and is reconciled with it on open ({@link
 * org.axiswatch.search.IndexReconciler}). This package never writes to the store.
 */
package org.axiswatch.search;
