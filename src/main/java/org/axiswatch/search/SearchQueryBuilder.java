package org.axiswatch.search;

import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the words against both text fields, each
 * analysed by its own language's analyzer, every word required (analysts narrow by adding words);
 * filters as non-scoring clauses.
 */
final class SearchQueryBuilder {
  private static final float PHRASE_BOOST = 2f;
  private final SimpleQueryParser parser;
  private final QueryBuilder phrases;

  SearchQueryBuilder(Analyzer perField) {
    this.parser = new SimpleQueryParser(perField,
        Map.of(SearchFields.TEXT_KO, 1f, SearchFields.TEXT_EN, 1f));
    this.parser.setDefaultOperator(Occur.MUST);
    this.phrases = new QueryBuilder(perField);
  }

  /** The words alone: what the highlighter should mark. */
  Query words(SearchQuery q) {
    if (q.text().isBlank()) {
      return new MatchAllDocsQuery();
    }
    Query parsed = parser.parse(q.text());
    // A query of only stop words (은, the) parses to nothing: match nothing rather than everything.
    return parsed == null ? new MatchNoDocsQuery() : parsed;
  }

  /**
   * The words as ranked: every word required, and sentences where they stand together (정상 회담
   * as in 정상회담, not 정상은 회담 후) first. Quoted queries already say what goes together.
   */
  private Query ranked(SearchQuery q) {
    Query words = words(q);
    if (!(words instanceof BooleanQuery) || q.text().contains("\"")) {
      return words;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.MUST);
    for (String field : SearchFields.TEXT_FIELDS) {
      Query phrase = phrases.createPhraseQuery(field, q.text(), 1);
      if (phrase != null && !(phrase instanceof TermQuery)) {
        b.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
      }
    }
    return b.build();
  }

  Query build(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(ranked(q), Occur.MUST);
    b.add(new TermQuery(new Term(SearchFields.EMPTY, "1")), Occur.MUST_NOT);
    term(b, SearchFields.ENTITY, q.entity());
    term(b, SearchFields.TYPE, q.type() == null ? null : q.type().name());
    term(b, SearchFields.SOURCE, q.source());
    term(b, SearchFields.LANGUAGE, q.language() == null ? null : q.language().code());
    // A document's date is a range [first, last] (2023-09 is the whole month): keep it when that
    // range overlaps the asked one.
    if (q.to() != null) {
      b.add(range(SearchFields.DATE_FIRST, Long.MIN_VALUE, epoch(q.to())), Occur.FILTER);
    }
    if (q.from() != null) {
      b.add(range(SearchFields.DATE_LAST, epoch(q.from()), Long.MAX_VALUE), Occur.FILTER);
    }
    return b.build();
  }

  /**
   * A date range over a few hundred thousand sentences matches most of them: let Lucene choose
   * between walking the points (when the range leads) and checking doc values of the words' hits.
   */
  private static Query range(String field, long from, long to) {
    return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, from, to),
        NumericDocValuesField.newSlowRangeQuery(field, from, to));
  }

  private static void term(BooleanQuery.Builder b, String field, String value) {
    if (value != null) {
      b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  private static long epoch(LocalDate d) {
    return d.toEpochDay();
  }
}
