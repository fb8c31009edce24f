package org.axiswatch.search;

import org.axiswatch.pipeline.Language;

/** Names of the index's fields, in one place so writer, query builder and searcher agree. */
final class SearchFields {
  static final String DOC_ID = "doc_id";
  static final String TITLE = "title";
  static final String LANGUAGE = "lang";
  /** First and last day the document's date can mean, as epoch days, for range filters. */
  static final String DATE_FIRST = "date_first";
  static final String DATE_LAST = "date_last";
  /** The date as written, at its precision (2023, 2023-09, 2023-09-14). */
  static final String DATE = "date";
  static final String UNIT_INDEX = "unit";
  static final String UNIT_START = "unit_start";
  static final String UNIT_END = "unit_end";
  static final String ENTITY = "entity";
  static final String TYPE = "type";
  static final String SOURCE = "source";
  /** Marks the stand-in of a document without text, so filter-only searches can skip it. */
  static final String EMPTY = "empty";
  static final String TEXT_KO = "text_ko";
  static final String TEXT_EN = "text_en";

  static final String[] TEXT_FIELDS = {TEXT_KO, TEXT_EN};

  /** Korean text goes to the Nori field; English and anything else to the English field. */
  static String textField(Language language) {
    return language == Language.KO ? TEXT_KO : TEXT_EN;
  }

  private SearchFields() {}
}
