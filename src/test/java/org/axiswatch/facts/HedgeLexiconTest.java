package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hedge of the shipped file is found, whole, at its level, inside a sentence. */
class HedgeLexiconTest {
  private static final FactLexicon LEXICON = FactLexicon.shipped();

  static Stream<DataEntry> entries() {
    return DataFile.resource("hedges.yaml").stream();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void everyHedgeIsFoundAtItsLevel(DataEntry e) {
    String term = e.text("term");
    String sentence = e.text("lang").equals("ko")
        ? "러시아가 북한에 위성기술을 제공할 " + term + "."
        : "Russia " + term + " provides satellite technology to North Korea.";
    Estimative found = LEXICON.in(sentence).hedges().find(0, sentence.length());
    assertThat(found).isEqualTo(new Estimative(term, e.constant("level", EstimativeLevel.class)));
  }

  @org.junit.jupiter.api.Test
  void aSentenceWithoutHedgeHasNone() {
    List<String> plain = List.of("북한은 9월 6일 잠수함을 진수했다.", "Russia shipped oil in May.");
    for (String s : plain) {
      assertThat(LEXICON.in(s).hedges().find(0, s.length())).isNull();
    }
  }
}
