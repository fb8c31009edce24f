package org.axiswatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchAnalyzersTest {

  static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      북한은 러시아에 포탄과 미사일을 공급하고 있다.          | 포탄
      국방부는 포탄을 추가로 확보했다고 밝혔다.               | 포탄
      러시아가 식량을 공급하다는 보도가 나왔다.               | 공급
      양측은 에너지 공급에 합의했다.                          | 공급
      정상회담이 블라디보스토크에서 열렸다.                   | 회담
      북한은 동해상으로 탄도미사일을 발사했다.                | 미사일
      """)
  void koreanFindsTheStemOfInflectedForms(String sentence, String stem) throws IOException {
    assertThat(terms(SearchAnalyzers.korean(), sentence)).contains(stem);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Pyongyang supplied artillery shells to Moscow.          | supply
      Russia is supplying fuel to North Korea.                 | supply
      The two leaders agreed to expand military exchanges.     | exchange
      The ministry condemned the launches.                     | launch
      """)
  void englishStemsMatchTheQueryWord(String sentence, String queryWord) throws IOException {
    Analyzer en = SearchAnalyzers.english();
    assertThat(terms(en, sentence)).containsAll(terms(en, queryWord));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      북한은 러시아에 포탄과 미사일을 공급하고 있다.   | 과
      국방부는 포탄을 추가로 확보했다고 밝혔다.        | 을
      """)
  void koreanDropsParticles(String sentence, String particle) throws IOException {
    assertThat(terms(SearchAnalyzers.korean(), sentence)).doesNotContain(particle);
  }
}
