package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sieve finds exactly what the patterns find running everywhere: every shipped lexicon
 * pattern and finder phrase, on sentences and on windows that cut words and sentences apart (so
 * look-behinds and \b meet the region's edges).
 */
class PatternSieveTest {
  private static final String TEXT = String.join("\n",
      "북한은 지난 9월 러시아에 포탄 100만 발을 공급했다고 국정원이 밝혔다.",
      "러시아의 대북 위성기술 제공이 본격화될 것으로 보인다는 관측이 나왔다.",
      "푸틴은 “북한의 인공위성 개발을 도울 것”이라고 말했으며, 쇼이구 장관이 방북했다.",
      "한미 연합훈련과 북한의 군사훈련이 이어졌고 이튿날 미사일을 시험발사했다.",
      "NYT에 따르면 양국은 조약을 체결하지 않았다고 부인했다.",
      "Russia supplied fighter jets to North Korea in March, officials said.",
      "Pyongyang is likely to receive MiG-29s in exchange for shells, Reuters reported.",
      "KIM met Putin; the next day they signed a treaty that entered into force.",
      "The ship delivered 2 million barrels, according to satellite imagery cited by NK Pro.",
      "It may not be unlikely that Moscow would reconsider; analysts warned the talks could fail.",
      "김정은은 원산에 도착해 평양을 찾았고 특수부대 1천500명을 블라디보스토크로 수송했다고 밝혔습니다.",
      "Koval reported from Kyiv. Kim traveled to Moscow on June 4 and again on June 17, officials said "
          + "the move appears to have opened talks; Russia sent 3,000 troops and held a ground-breaking ceremony.");

  private static List<Pattern> patterns() {
    FactLexicon lexicon = FactLexicon.shipped();
    List<Pattern> all = new ArrayList<>(lexicon.triggers().patterns());
    all.addAll(lexicon.cues().patterns());
    all.addAll(lexicon.hedges().patterns());
    all.addAll(FactLexicon.PHRASES);
    return all;
  }

  @Test
  void everyTriggerAndPhraseHasAWordTheSieveCanPlace() {
    List<Pattern> events = new ArrayList<>(FactLexicon.shipped().triggers().patterns());
    events.addAll(FactLexicon.PHRASES);
    assertThat(events).allMatch(p -> RequiredLiterals.of(p) != null);
  }

  @Test
  void findsWhatEveryPatternFindsEverywhere() {
    List<Pattern> patterns = patterns();
    PatternSieve.Sifted sifted = new PatternSieve(patterns).sift(TEXT);
    List<int[]> regions = new ArrayList<>();
    regions.add(new int[] {0, TEXT.length()});
    for (int start = 0; start < TEXT.length(); start += 7) {
      regions.add(new int[] {start, Math.min(TEXT.length(), start + 45)});
    }
    int matches = 0;
    for (int p = 0; p < patterns.size(); p++) {
      for (int[] r : regions) {
        List<String> expected = new ArrayList<>();
        Matcher m = patterns.get(p).matcher(TEXT).region(r[0], r[1]);
        while (m.find()) {
          expected.add(m.start() + "-" + m.end());
        }
        List<String> found = new ArrayList<>();
        sifted.find(p, r[0], r[1], (from, to) -> found.add(from + "-" + to));
        assertThat(found).as("%s in [%d, %d)", patterns.get(p), r[0], r[1]).isEqualTo(expected);
        assertThat(sifted.mayMatch(p, r[0], r[1]) || expected.isEmpty()).isTrue();
        matches += expected.size();
      }
    }
    assertThat(matches).as("the table exercises the patterns").isGreaterThan(300);
  }

  @Test
  void aSpanWithoutTheWordsIsPassedOver() {
    Pattern said = Pattern.compile("\\b(?:said|told)\\b", Pattern.CASE_INSENSITIVE);
    PatternSieve sieve = new PatternSieve(List.of(said));
    String text = "Officials SAID so. The summit ended.";
    PatternSieve.Sifted sifted = sieve.sift(text);
    assertThat(sifted.mayMatch(0, 0, 18)).isTrue();
    assertThat(sifted.mayMatch(0, 19, text.length())).isFalse();
    assertThat(sifted.mayMatch(0, 0, 12)).isFalse(); // "SAI" alone is not the word
  }
}
