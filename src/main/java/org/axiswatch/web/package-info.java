/**
 * The analyst's workbench: a JSON API and plain HTML pages over the knowledge base, served by
 * Javalin ({@code axiswatch serve}).
 *
 * <p>Takes a {@link org.axiswatch.web.Workbench} (what the handlers need from the knowledge base);
 * gives HTTP. {@link org.axiswatch.web.Routes} declares every route in one table; each handler is
 * one method that reads the {@code Context} and calls the workbench. {@link
 * org.axiswatch.web.AccessGuard} lets nothing through without the token, and every response carries
 * a strict Content-Security-Policy: document text is untrusted and the pages render it with DOM
 * text nodes only.
 *
 * <p>Over the store, searches go to the search stage's Lucene index ({@link
 * org.axiswatch.web.IndexSearch}), reads run side by side on a few read connections ({@link
 * org.axiswatch.web.ReadConnections}), writes take turns.
 *
 * <p>Must not touch: extraction logic, SQL, the index's internals (the workbench's implementations
 * call the stage APIs).
 */
package org.axiswatch.web;
