package org.axiswatch.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyzer per text field: Nori for Korean, Porter-stemming English for English.
 *
 * <p>Nori runs in {@link DecompoundMode#MIXED}: a dictionary compound such as 잠수함 or 위원장 is
 * indexed as itself and as its parts (잠수, 함). The parts let 잠수 find 잠수함; keeping the whole,
 * which DISCARD drops, means a query for 위원장 matches one term instead of requiring 위원 and the
 * near-ubiquitous 장, so exact compounds rank first and one-syllable parts do not flood the hits.
 * A small user dictionary ({@code search/userdict-ko.txt}) adds field compounds the default
 * dictionary mis-segments (대륙간탄도미사일). Nori's default stop tags drop particles (J), endings
 * (E) and verb-forming suffixes (XSV), which is what makes 포탄 match 포탄을 and 공급 match 공급하다.
 */
public final class SearchAnalyzers {
  private static final UserDictionary USER_DICTIONARY = userDictionary("search/userdict-ko.txt");

  private SearchAnalyzers() {}

  private static UserDictionary userDictionary(String resource) {
    try (InputStream in = SearchAnalyzers.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": missing from the classpath");
      }
      return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(resource + ": cannot load the Nori user dictionary: "
          + e.getMessage(), e);
    }
  }

  public static Analyzer korean() {
    return new KoreanAnalyzer(USER_DICTIONARY, DecompoundMode.MIXED,
        KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
  }

  public static Analyzer english() {
    return new EnglishAnalyzer();
  }

  /** One analyzer for the whole index: text fields by language, other fields untouched. */
  public static Analyzer perField() {
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
        Map.of(SearchFields.TEXT_KO, korean(), SearchFields.TEXT_EN, english()));
  }

}
