package org.axiswatch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Span;

/**
 * Turns one {@link SearchDocument} into one Lucene document per sentence. Document-level facts
 * (id, title, date, entities, sources) are repeated on every sentence so that filters are plain
 * term and point queries on the sentence itself, with no join.
 */
final class UnitDocuments {
  /** Text with offsets in the postings, so the highlighter needs no re-analysis. */
  private static final FieldType TEXT = textType();

  private UnitDocuments() {}

  static List<Document> of(SearchDocument doc) {
    List<Document> out = new ArrayList<>(doc.units().size());
    String textField = SearchFields.textField(doc.language());
    // A document with no text still needs its id in the index, or every open would re-add it.
    List<TextUnit> units = doc.units().isEmpty()
        ? List.of(new TextUnit(0, new Span(0, 0), "")) : doc.units();
    for (TextUnit unit : units) {
      Document d = new Document();
      d.add(new StringField(SearchFields.DOC_ID, doc.id(), Field.Store.YES));
      if (doc.title() != null) {
        d.add(new StoredField(SearchFields.TITLE, doc.title()));
      }
      d.add(new StringField(SearchFields.LANGUAGE, doc.language().code(), Field.Store.YES));
      if (doc.date() != null) {
        long first = doc.date().first().toEpochDay();
        long last = doc.date().last().toEpochDay();
        // Points for selective ranges, doc values for checking the few hits of selective words.
        d.add(new LongPoint(SearchFields.DATE_FIRST, first));
        d.add(new NumericDocValuesField(SearchFields.DATE_FIRST, first));
        d.add(new LongPoint(SearchFields.DATE_LAST, last));
        d.add(new NumericDocValuesField(SearchFields.DATE_LAST, last));
        d.add(new StoredField(SearchFields.DATE, doc.date().toString()));
      }
      d.add(new StoredField(SearchFields.UNIT_INDEX, unit.index()));
      d.add(new StoredField(SearchFields.UNIT_START, unit.span().start()));
      d.add(new StoredField(SearchFields.UNIT_END, unit.span().end()));
      for (String e : doc.entities()) {
        d.add(new StringField(SearchFields.ENTITY, e, Field.Store.NO));
      }
      for (EntityType t : doc.types()) {
        d.add(new StringField(SearchFields.TYPE, t.name(), Field.Store.NO));
      }
      for (String s : doc.sources()) {
        d.add(new StringField(SearchFields.SOURCE, s, Field.Store.NO));
      }
      if (doc.units().isEmpty()) {
        d.add(new StringField(SearchFields.EMPTY, "1", Field.Store.NO));
      } else {
        d.add(new Field(textField, unit.text(), TEXT));
      }
      out.add(d);
    }
    return out;
  }

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
