package org.axiswatch.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyzer per text field: Nori for Korean, Porter-stemming English for English.
 *
 * <p>Nori runs in {@link DecompoundMode#MIXED}: a compound such as 정상회담 is indexed as itself
 * and as its parts (정상, 회담). The parts let 회담 find 정상회담 and 탄도미사일 find 미사일; the whole
 * compound, which DISCARD would drop, still matches a query for the compound on one term and so
 * ranks exact compounds first. Nori's default stop tags drop particles (J), endings (E) and
 * verb-forming suffixes (XSV), which is what makes 포탄 match 포탄을 and 공급 match 공급하다.
 */
public final class SearchAnalyzers {
  private SearchAnalyzers() {}

  public static Analyzer korean() {
    return new KoreanAnalyzer(null, DecompoundMode.MIXED,
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
