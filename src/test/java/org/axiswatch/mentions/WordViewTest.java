package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-chunk word view and the lookups built on it ({@link ChunkWords}, {@link FoldedWords},
 * {@link WordStarts}, the name index's opening runs, the packed sort of candidates) give what the
 * character-by-character scans they replaced gave.
 */
class WordViewTest {
  static List<String> texts() {
    return List.of(
        "North Korea fired two short-range ballistic missiles on the 3rd, Seoul said.",
        "SEOUL, June 19 (Yonhap) -- Kim Jong Un met Putin; the day before, talks began.",
        "Russia’s Defence Ministry said 1,000.5 tons and 10 days later 3rd-party “drones” came.",
        "북한은 지난 3월 14일 단거리 탄도미사일을 발사했다. 이틀 전인 12일에도 북러 회담이 있었다.",
        "Pyongyang's KN-23s and Hwasong-18 (ICBM) were shown in Tongchang-ri; 北 매체는 보도했다.",
        "Café Zürich: naïve Ünal met İlhan at 9:30. The ＫＮ－２３ and a \u212Aelvin sign.",
        "   leading spaces, tabs\tand\nnew lines,.., 12.5% of 2,600여명 ‘24.10.16 회의",
        "a b c 1 2 3 . , ; — – ‘’ “” 김정은은 러시아의 北이 next week earlier this year",
        "");
  }

  /** Where the former day and season scan tried its openers: no word before, as it read it. */
  private static List<Integer> formerStarts(String chunk) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < chunk.length(); i++) {
      char c = chunk.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      boolean follows = i > 0 && (HangulSpelling.isHangul(chunk.charAt(i - 1))
          || !HangulSpelling.isHangul(c) && Character.isLetterOrDigit(chunk.charAt(i - 1)));
      if (!follows) {
        out.add(i);
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("texts")
  void wordStartsAreWhereTheFormerScanLooked(String text) {
    ChunkWords words = new ChunkWords("xx" + text + "yy", 2, 2 + text.length());
    List<Integer> starts = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      int i = words.start(k);
      starts.add(i);
      if (!HangulSpelling.isHangul(text.charAt(i))) {
        assertThat(words.end(k)).isEqualTo(ChunkWords.lettersEnd(text, i));
        assertThat(words.hash(k)).isEqualTo(ChunkWords.hash(text, i, words.end(k)));
      }
    }
    assertThat(starts).isEqualTo(formerStarts(text));
    assertThat(words.chunk).isEqualTo(text);
    assertThat(words.hangul).isEqualTo(text.chars().anyMatch(c -> HangulSpelling.isHangul((char) c)));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void numberAndCountStartsAsBefore(String text) {
    String doc = "7" + text;
    ChunkWords words = new ChunkWords(doc, 1, doc.length());
    List<Integer> runs = new ArrayList<>();
    for (int i = 1; i < doc.length(); i++) {
      if (Character.isDigit(doc.charAt(i)) && (i == 1 || !Character.isDigit(doc.charAt(i - 1)))) {
        runs.add(i); // as the former per-chunk scan read them
      }
    }
    assertThat(words.numberStarts()).containsExactly(runs.stream().mapToInt(Integer::intValue).toArray());
    // a count opens where COUNT's look-behind lets a digit open it
    List<Integer> counts = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\d.,])\\d").matcher(text);
    while (m.find()) {
      counts.add(m.start());
    }
    assertThat(words.countStarts()).containsExactly(counts.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void foldedWordsCompareWithoutCase() {
    FoldedWords<Integer> words = new FoldedWords<>(Map.of("last", 1, "the", 2, "", 3, "spring", 4));
    String text = "The LAST Spring, lastly thE";
    assertThat(words.get(text, 0, 3)).isEqualTo(2);
    assertThat(words.get(text, 4, 8)).isEqualTo(1);
    assertThat(words.get(text, 9, 15)).isEqualTo(4);
    assertThat(words.get(text, 17, 23)).isNull(); // lastly
    assertThat(words.get(text, 24, 27)).isEqualTo(2);
    assertThat(words.get(text, 5, 5)).isEqualTo(3);
    assertThat(words.get(text, 0, 2)).isNull();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void wordStartsFindWhatIndexOfFindsAtWordStarts(String text) {
    List<String> wanted = List.of("Jan", "June", "last", "the", "Korea", "지난", "이틀", "next", "Jun");
    Map<String, int[]> found = new WordStarts(wanted).in(new ChunkWords(text, 0, text.length()));
    List<Integer> starts = formerStarts(text);
    for (String w : wanted) {
      List<Integer> expected = new ArrayList<>();
      for (int k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) {
        if (starts.contains(k)) {
          expected.add(k);
        }
      }
      assertThat(found.get(w)).as(w).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Wherever the gazetteer's trie finds a name that ends where the ASCII word at its start ends
   * (or one character before, at a plural s), the opening-run table lets the word through: a
   * word it turns away could have given no name.
   */
  @ParameterizedTest
  @MethodSource("texts")
  void openingRunsNeverTurnAwayAName(String text) {
    NameIndex index = Gazetteer.standard().index();
    String s = text + " The United States, U.S. officials, ICBMs, KN-23s, Hwasong-18 and the UN Security Council";
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || !NameIndex.isLatin(c) || i > 0 && NameIndex.isLatin(s.charAt(i - 1))) {
        continue;
      }
      int e = i;
      int h = 0;
      int butLast = 0;
      while (e < s.length() && s.charAt(e) < 0x80 && NameIndex.isLatin(s.charAt(e))) {
        butLast = h;
        h = 31 * h + ChunkWords.lower(s.charAt(e));
        e++;
      }
      if (e < s.length() && (NameIndex.isLatin(s.charAt(e)) || NameIndex.isLatin(NameIndex.fold(s.charAt(e))))) {
        continue; // the word goes on in a letter outside ASCII: the matcher walks the trie there
      }
      NameIndex.Hit hit = index.longestAt(s, i, s.length());
      boolean endsThere = hit != null && (hit.end() >= e || hit.end() == e - 1 && s.charAt(e - 1) == 's');
      if (endsThere) {
        assertThat(index.mayOpen(h, butLast, e - i > 1 && s.charAt(e - 1) == 's'))
            .as("%s at %d", s.substring(i, e), i).isTrue();
      }
    }
  }

  @Test
  void packedSortKeepsTheComparatorsOrder() {
    Random random = new Random(7);
    String[] origins = {"gazetteer", "context", "pattern"};
    for (int round = 0; round < 200; round++) {
      int from = random.nextInt(5000);
      int to = from + 1 + random.nextInt(3000);
      List<Found> candidates = new ArrayList<>();
      for (int k = random.nextInt(60); k > 0; k--) {
        int start = from + random.nextInt(to - from);
        int end = Math.min(to, start + 1 + random.nextInt(random.nextBoolean() ? 4 : 40));
        candidates.add(new Found(EntityType.ORG, start, end, null, null,
            origins[random.nextInt(3)], random.nextBoolean() ? null : "v"));
      }
      assertThat(Overlaps.sorted(candidates, from, to))
          .containsExactlyElementsOf(Overlaps.comparatorSorted(candidates));
    }
  }
}
