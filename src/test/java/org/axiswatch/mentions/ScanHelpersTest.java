package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import org.axiswatch.pipeline.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written scanners that replaced regexes and substring lookups give the same answers. */
class ScanHelpersTest {
  private static final Particles PARTICLES = Particles.standard();

  @ParameterizedTest
  @ValueSource(strings = {"Kim  Jong Un", "Korea\nInstitute", "a\t\r\n b", " lead", "trail  ",
      "no-space", "", " ", "one space", "\u00A0kept\u00A0", "vt\u000Bff\f"})
  void collapsesLikeTheRegex(String s) {
    assertThat(Spaces.collapse(s)).isEqualTo(s.replaceAll("\\s+", " "));
  }

  @ParameterizedTest
  @CsvSource({"2012,,", "2023,3,", "2023,9,4", "1999,12,31", "2024,2,29"})
  void writesDatesAsPartialDateDoes(int year, Integer month, Integer day) {
    PartialDate d = new PartialDate(year, month, day);
    assertThat(DateText.iso(d)).isEqualTo(d.toString());
  }

  @ParameterizedTest
  @CsvSource({"은, true", "에서는, true", "의, true", "산, false", "적, false", "은행, false"})
  void particleChains(String rest, boolean particles) {
    assertThat(PARTICLES.isParticles(rest)).isEqualTo(particles);
  }

  @ParameterizedTest
  @CsvSource({"산, true", "산의, true", "측은, true", "군이, true", "적, false", "은행, false", "'', true"})
  void gluedNounsThenParticles(String rest, boolean tail) {
    assertThat(PARTICLES.isTail(rest)).isEqualTo(tail);
    String text = "러시아" + rest + " 보도";
    assertThat(PARTICLES.isTail(text, 3, 3 + rest.length())).isEqualTo(tail);
  }

  /** The trie answers as the former substring-and-set lookup did, on words of news text. */
  @ParameterizedTest
  @ValueSource(strings = {"러시아에서는", "북한의", "평양", "국방성은", "러시아산", "중국측은", "미군이",
      "부차적", "한국은행", "정상회담에서의", "연구원으로부터", "김정은", "위원장은", "해군과", "협력을"})
  void particleSuffixAsBefore(String word) {
    java.util.Set<String> particles = new java.util.HashSet<>();
    java.util.Set<String> tails = new java.util.HashSet<>();
    for (DataLines.Row row : DataLines.resource("particles.tsv").rows()) {
      (row.cell(1).equals("tail") ? tails : particles).add(row.cell(0));
    }
    int expected = 0;
    for (int k = Math.min(word.length() - 1, 5); k > 0 && expected == 0; k--) {
      if (chain(word.substring(word.length() - k), particles, tails, false)) {
        expected = k;
      }
    }
    assertThat(PARTICLES.particleSuffix(word)).isEqualTo(expected);
    for (int s = 0; s <= word.length(); s++) {
      assertThat(PARTICLES.isTail(word.substring(s)))
          .isEqualTo(chain(word.substring(s), particles, tails, true));
    }
  }

  private static boolean chain(String rest, java.util.Set<String> particles,
      java.util.Set<String> tails, boolean withTails) {
    int n = rest.length();
    if (n > 12) {
      return false;
    }
    boolean[] nouns = new boolean[n + 1];
    boolean[] any = new boolean[n + 1];
    nouns[0] = true;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j <= n && (nouns[i] || any[i]); j++) {
        String piece = rest.substring(i, j);
        any[j] |= particles.contains(piece);
        nouns[j] |= withTails && nouns[i] && tails.contains(piece);
      }
    }
    return nouns[n] || any[n];
  }

  /** Suffixes indexed by last syllable give the longest matching suffix, as the full list did. */
  @ParameterizedTest
  @ValueSource(strings = {"여의도연구원", "아무르주", "국가정보원", "총참모부", "외교부", "김정은",
      "통일연구원", "연구원", "사령부", "평양"})
  void koreanSuffixAsBefore(String word) {
    ContextCues cues = ContextCues.standard();
    ContextCues.Head expected = null;
    for (ContextCues.Head h : cues.koreanSuffixes) {
      if (word.length() > h.form().length() && word.endsWith(h.form())) {
        expected = h;
        break;
      }
    }
    assertThat(cues.koreanSuffix(word)).isEqualTo(expected);
  }

  /** One pass finds every occurrence, overlapping ones too, as a search per word does. */
  @ParameterizedTest
  @ValueSource(strings = {"지난해 3월 지난 5일 이달 초", "last month and last year, by next May",
      "aaaa", "Mar. 3, May 5 and Mayday", "지난지난 주", ""})
  void wordPlacesAsSearchPerWord(String chunk) {
    java.util.List<String> words = java.util.List.of("지난", "last", "next", "May", "aa", "Mar", "이달");
    java.util.Map<String, int[]> places = new WordPlaces(words).in(chunk);
    for (String w : words) {
      java.util.List<Integer> expected = new java.util.ArrayList<>();
      for (int k = chunk.indexOf(w); k >= 0; k = chunk.indexOf(w, k + 1)) {
        expected.add(k);
      }
      assertThat(places.get(w)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
