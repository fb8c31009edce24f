package org.axiswatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.search.SearchIndexTest.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingTest {
  @TempDir Path dir;

  List<String> firstSentences(String query, String... sentences) throws IOException {
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (int i = 0; i < sentences.length; i++) {
        index.put(doc("d" + i, Language.KO, "2024-06-19", Set.of("PRK"), Set.of(EntityType.GPE),
            Set.of(), sentences[i]));
      }
      index.commit();
      return index.searcher().search(SearchQuery.of(query)).stream()
          .map(h -> h.snippet().text()).toList();
    }
  }

  @Test
  void wordsTogetherRankAboveWordsApart() throws IOException {
    assertThat(firstSentences("정상회담",
        "양 정상은 회담 후 기자회견을 하지 않았다.",
        "두 나라 정상은 평양에서 정상회담을 가졌다고 조선중앙통신이 보도했다.").get(0))
        .contains("정상회담을");
  }

  @Test
  void fieldCompoundsFromTheUserDictionaryMatchTheirParts() throws IOException {
    assertThat(firstSentences("탄도미사일",
        "북한은 대륙간탄도미사일 화성-18형을 시험발사했다.",
        "합참은 단거리 탄도미사일 2발을 포착했다고 밝혔다.",
        "군은 순항미사일 발사 정황을 분석 중이다.")).hasSize(2);
    assertThat(firstSentences("잠수함", "러시아가 핵잠수함 기술을 이전할 가능성이 제기됐다."))
        .hasSize(1);
  }

  @Test
  void terminalFormatterUsesBoldAndFilesUseGuillemets() {
    Snippet s = new Snippet("포탄을 공급했다", List.of(new Span(0, 2), new Span(4, 6)));
    assertThat(SnippetFormatter.ANSI.format(s)).isEqualTo("\u001b[1m포탄\u001b[22m을 \u001b[1m공급\u001b[22m했다");
    assertThat(SnippetFormatter.GUILLEMETS.format(s)).isEqualTo("«포탄»을 «공급»했다");
  }
}
