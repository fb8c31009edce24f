package org.axiswatch.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.axiswatch.pipeline.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  static final CorpusVocabulary VOCABULARY = CorpusVocabulary.load();

  static List<GeneratedDocument> corpus(long seed, int n) {
    return new CorpusGenerator(VOCABULARY, seed).documents(n).toList();
  }

  @Test
  void sameSeedSameDocuments() {
    assertThat(corpus(42, 200)).isEqualTo(corpus(42, 200));
  }

  @Test
  void otherSeedOtherDocuments() {
    List<String> a = corpus(42, 50).stream().map(GeneratedDocument::text).toList();
    List<String> b = corpus(43, 50).stream().map(GeneratedDocument::text).toList();
    assertThat(a).doesNotContainAnyElementsOf(b);
  }

  @Test
  void aDocumentDependsOnlyOnSeedAndNumber() {
    assertThat(new CorpusGenerator(VOCABULARY, 7).generate(123))
        .isEqualTo(corpus(7, 124).get(123));
  }

  @Test
  void writtenFilesAreIdenticalAcrossRuns(@TempDir Path dir) throws IOException {
    new CorpusWriter().write(corpus(42, 30).iterator(), dir.resolve("a"));
    new CorpusWriter().write(corpus(42, 30).iterator(), dir.resolve("b"));
    try (Stream<Path> files = Files.walk(dir.resolve("a"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path other = dir.resolve("b").resolve(dir.resolve("a").relativize(f));
        assertThat(Files.mismatch(f, other)).as(f.toString()).isEqualTo(-1L);
      }
    }
    assertThat(Files.readAllLines(dir.resolve("a/manifest.jsonl"))).hasSize(30);
  }

  @Test
  void mixesLanguagesKindsAndFillsEverySlot() {
    List<GeneratedDocument> docs = corpus(1, 300);
    assertThat(docs).extracting(GeneratedDocument::language)
        .contains(Language.KO, Language.EN);
    assertThat(docs).allSatisfy(d -> {
      assertThat(d.text()).doesNotContain("{").doesNotContain("}");
      assertThat(d.sentences()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(d.entities()).isNotEmpty();
    });
    assertThat(docs.stream().map(GeneratedDocument::title).distinct().count()).isGreaterThan(100);
  }

  @Test
  void searchFormPointsAtTheSentencesInTheText() {
    for (GeneratedDocument d : corpus(5, 20)) {
      var s = CorpusDocuments.toSearchDocument(d);
      assertThat(s.units()).allSatisfy(u ->
          assertThat(d.text().substring(u.span().start(), u.span().end())).isEqualTo(u.text()));
    }
  }

  @Test
  void koreanParticlesFollowTheFinalSound() {
    assertThat(KoreanParticles.attach("북한", "은")).isEqualTo("북한은");
    assertThat(KoreanParticles.attach("러시아", "은")).isEqualTo("러시아는");
    assertThat(KoreanParticles.attach("중국", "와")).isEqualTo("중국과");
    assertThat(KoreanParticles.attach("미국", "와의")).isEqualTo("미국과의");
    assertThat(KoreanParticles.attach("서울", "으로")).isEqualTo("서울로");
    assertThat(KoreanParticles.attach("평양", "로")).isEqualTo("평양으로");
    assertThat(KoreanParticles.attach("KN-23", "을")).isEqualTo("KN-23을");
    assertThat(KoreanParticles.attach("보스토치니 우주기지", "에")).isEqualTo("보스토치니 우주기지에");
  }
}
