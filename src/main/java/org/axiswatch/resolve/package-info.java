/**
 * Resolution: one real-world thing across documents, scripts and spellings.
 *
 * <p>Takes a document's {@link org.axiswatch.mentions.Entity}s and what the knowledge base already
 * holds; gives the knowledge-base id each entity is ({@link org.axiswatch.resolve.EntityResolver}),
 * and applies the analyst's merge and split decisions when the knowledge base is read ({@link
 * org.axiswatch.resolve.IdentityMap}). Name matching across scripts plugs in through {@link
 * org.axiswatch.resolve.FormMatcher}.
 *
 * <p>Must not touch: SQL (the store asks, this package decides), extraction.
 */
package org.axiswatch.resolve;
