package org.axiswatch.web;

import org.axiswatch.web.Views.SearchQuery;
import org.axiswatch.web.Views.SearchResult;

/** How the workbench over the store searches: the Lucene index of the search stage. */
public interface WorkbenchSearch {
  SearchResult search(SearchQuery query);
}
