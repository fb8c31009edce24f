package org.axiswatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir Path dir;
  SearchIndex index;

  static SearchDocument doc(String id, Language lang, String date, Set<String> entities,
      Set<EntityType> types, Set<String> sources, String... sentences) {
    List<TextUnit> units = new java.util.ArrayList<>();
    int at = 0;
    for (int i = 0; i < sentences.length; i++) {
      units.add(new TextUnit(i, new Span(at, at + sentences[i].length()), sentences[i]));
      at += sentences[i].length() + 1;
    }
    return new SearchDocument(id, "title " + id, lang, date == null ? null : PartialDate.parse(date),
        units, entities, types, sources);
  }

  @BeforeEach
  void fill() throws IOException {
    index = SearchIndex.open(dir);
    index.put(doc("ko1", Language.KO, "2023-09-14", Set.of("PRK", "RUS"),
        Set.of(EntityType.GPE, EntityType.WEAPON), Set.of("yonhap"),
        "북한은 러시아에 포탄과 미사일을 대량으로 공급한 것으로 알려졌다.",
        "양국 정상은 보스토치니에서 회담을 가졌다."));
    index.put(doc("ko2", Language.KO, "2022-03", Set.of("KOR", "USA"), Set.of(EntityType.GPE),
        Set.of("mnd"), "한미 양국은 연합훈련을 실시했다.", "국방부는 포탄을 추가로 확보했다고 밝혔다."));
    index.put(doc("en1", Language.EN, "2024-01-05", Set.of("PRK", "RUS"),
        Set.of(EntityType.GPE, EntityType.WEAPON), Set.of("kcna"),
        "Pyongyang supplied artillery shells to Moscow, officials said.",
        "The two sides signed a treaty on comprehensive strategic partnership."));
    index.put(doc("en2", Language.EN, null, Set.of("CHN"), Set.of(EntityType.GPE), Set.of(),
        "Beijing called for restraint on the peninsula."));
    index.commit();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  List<SearchHit> search(SearchQuery q) {
    return index.searcher().search(q);
  }

  List<String> ids(SearchQuery q) {
    return search(q).stream().map(SearchHit::documentId).distinct().sorted().toList();
  }

  @Test
  void koreanQueryMatchesInflectedForms() {
    assertThat(ids(SearchQuery.of("포탄"))).containsExactly("ko1", "ko2");
    assertThat(ids(SearchQuery.of("포탄 공급"))).containsExactly("ko1");
    assertThat(ids(SearchQuery.of("공급하다"))).containsExactly("ko1");
  }

  @Test
  void englishQueryMatchesOtherForms() {
    assertThat(ids(SearchQuery.of("supply"))).containsExactly("en1");
    assertThat(ids(SearchQuery.of("\"artillery shell\""))).containsExactly("en1");
  }

  @Test
  void filtersNarrowByEntityTypeSourceAndLanguage() {
    assertThat(ids(SearchQuery.of("포탄").withEntity("RUS"))).containsExactly("ko1");
    assertThat(ids(SearchQuery.of("").withType(EntityType.WEAPON))).containsExactly("en1", "ko1");
    assertThat(ids(SearchQuery.of("").withSource("kcna"))).containsExactly("en1");
    assertThat(ids(SearchQuery.of("").withLanguage(Language.EN).withLimit(50)))
        .containsExactly("en1", "en2");
  }

  @Test
  void dateRangeKeepsDocumentsWhoseDateCanFallInIt() {
    SearchQuery all = SearchQuery.of("").withLimit(50);
    assertThat(ids(all.between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))))
        .containsExactly("ko1");
    // 2022-03 is the whole month, so a range starting mid-month still finds it.
    assertThat(ids(all.between(LocalDate.of(2022, 3, 20), null))).containsExactly("en1", "ko1", "ko2");
    assertThat(ids(all.between(null, LocalDate.of(2022, 3, 1)))).containsExactly("ko2");
  }

  @Test
  void snippetMarksTheMatchedWordsInTheSentence() {
    SearchHit hit = search(SearchQuery.of("포탄 공급")).get(0);
    assertThat(hit.unit()).isZero();
    String text = hit.snippet().text();
    assertThat(hit.snippet().highlights()).extracting(h -> text.substring(h.start(), h.end()))
        .containsExactly("포탄", "공급");
    assertThat(SnippetFormatter.GUILLEMETS.format(hit.snippet()))
        .startsWith("북한은 러시아에 «포탄»과 미사일을 대량으로 «공급»한");
    SearchHit en = search(SearchQuery.of("supply shells")).get(0);
    assertThat(SnippetFormatter.GUILLEMETS.format(en.snippet()))
        .isEqualTo("Pyongyang «supplied» artillery «shells» to Moscow, officials said.");
  }

  @Test
  void hitCarriesDocumentFacts() {
    SearchHit hit = search(SearchQuery.of("treaty")).get(0);
    assertThat(hit.documentId()).isEqualTo("en1");
    assertThat(hit.title()).isEqualTo("title en1");
    assertThat(hit.date()).isEqualTo("2024-01-05");
    assertThat(hit.unit()).isEqualTo(1);
    assertThat(hit.language()).isEqualTo(Language.EN);
  }

  @Test
  void puttingADocumentAgainReplacesIt() {
    index.put(doc("en2", Language.EN, null, Set.of("CHN"), Set.of(EntityType.GPE), Set.of(),
        "Beijing urged dialogue."));
    index.commit();
    assertThat(ids(SearchQuery.of("restraint"))).isEmpty();
    assertThat(ids(SearchQuery.of("dialogue"))).containsExactly("en2");
    assertThat(index.documentIds()).containsExactlyInAnyOrder("ko1", "ko2", "en1", "en2");
  }

  @Test
  void stopWordsOnlyFindNothing() {
    assertThat(ids(SearchQuery.of("the"))).isEmpty();
  }
}
