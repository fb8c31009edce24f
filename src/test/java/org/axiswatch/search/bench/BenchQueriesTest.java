package org.axiswatch.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axiswatch.search.SearchQuery;
import org.axiswatch.search.corpus.CorpusVocabulary;
import org.junit.jupiter.api.Test;

class BenchQueriesTest {
  static final CorpusVocabulary V = CorpusVocabulary.load();

  @Test
  void seededAndVaried() {
    List<SearchQuery> a = BenchQueries.generate(V, 1000, 42);
    assertThat(a).isEqualTo(BenchQueries.generate(V, 1000, 42));
    assertThat(a.stream().map(SearchQuery::text).distinct().count()).isGreaterThan(80);
    assertThat(a).anyMatch(q -> q.text().matches(".*[가-힣].*"))
        .anyMatch(q -> q.text().chars().allMatch(c -> c < 128))
        .anyMatch(q -> q.entity() != null).anyMatch(q -> q.from() != null)
        .anyMatch(q -> q.type() != null).anyMatch(q -> q.language() != null);
  }
}
