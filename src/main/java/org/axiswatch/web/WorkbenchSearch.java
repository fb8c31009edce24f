package org.axiswatch.web;

import org.axiswatch.web.Views.SearchQuery;
import org.axiswatch.web.Views.SearchResult;

/** How the workbench over the store searches: the Lucene index of the search stage, or a scan. */
public interface WorkbenchSearch {
  /** Called from any number of request threads at once. */
  SearchResult search(SearchQuery query);

  /** Makes what was just stored findable by the next search; called after each upload. */
  default void refresh() {}
}
