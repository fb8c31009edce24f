package org.axiswatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.ClaimKind;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Sentence;
import org.axiswatch.pipeline.Language;
import org.junit.jupiter.api.Test;

class SearchDocumentsTest {
  @Test
  void paragraphsAreSeparatedByBlankLinesAndKeepOriginalOffsets() {
    String text = "  북한 외무성 담화\n2024. 6. 19.\n\n러시아는 북한에 원유를 공급했다.\n둘째 줄.\n \n\nLast one.  \n";
    List<TextUnit> units = SearchDocuments.paragraphs(text);
    assertThat(units).extracting(TextUnit::text).containsExactly(
        "북한 외무성 담화\n2024. 6. 19.", "러시아는 북한에 원유를 공급했다.\n둘째 줄.", "Last one.");
    assertThat(units).allSatisfy(u ->
        assertThat(text.substring(u.span().start(), u.span().end())).isEqualTo(u.text()));
    assertThat(units).extracting(TextUnit::index).containsExactly(0, 1, 2);
  }

  @Test
  void languageByScriptWhenNoStageSaidSo() {
    assertThat(SearchDocuments.byScript("조선중앙통신은 KN-23 발사를 보도했다")).isEqualTo(Language.KO);
    assertThat(SearchDocuments.byScript("KCNA reported the launch of 화성-18")).isEqualTo(Language.EN);
    assertThat(SearchDocuments.byScript("2024-06-19")).isEqualTo(Language.OTHER);
  }

  @Test
  void builtFromTheAnalysisWithResolvedIds() {
    String text = "北 외무성 담화\n2024. 6. 19.\n\n러시아는 북한에 원유를 공급했다. 조선중앙통신이 보도했다.";
    int s1 = text.indexOf("러시아");
    int s2 = text.indexOf("조선중앙통신");
    var doc = new AnalyzedDocument()
        .put(SourceDocument.KEY, new SourceDocument("a".repeat(64), "x.txt", "text/plain", "UTF-8",
            text, text.length()))
        .put(DocumentInfo.KEY, new DocumentInfo(Language.KO, PartialDate.parse("2024-06-19"),
            "北 외무성 담화", null))
        .put(Sentence.KEY, List.of(
            new Sentence(0, new Span(s1, s2 - 1), "러시아는 북한에 원유를 공급했다."),
            new Sentence(1, new Span(s2, text.length()), "조선중앙통신이 보도했다.")))
        .put(Entity.KEY, List.of(
            new Entity("RUS", EntityType.GPE, "Russia", List.of("러시아"), "RUS", null, "gazetteer"),
            new Entity("org:조선중앙통신", EntityType.ORG, "조선중앙통신", List.of("조선중앙통신"), null,
                null, "context"),
            new Entity("date:2024-06-19", EntityType.DATE, "2024-06-19", List.of(), null, null,
                "pattern")))
        .put(Claim.KEY, List.of(new Claim(ClaimKind.REPORT, "org:조선중앙통신", null,
            "러시아는 북한에 원유를 공급했다", new Span(s1, s2 - 2), null, 'F', 6)));
    SearchDocument d = SearchDocuments.of(doc, Map.of("org:조선중앙통신", "kcna"));
    assertThat(d.id()).isEqualTo("a".repeat(64));
    assertThat(d.language()).isEqualTo(Language.KO);
    assertThat(d.date()).hasToString("2024-06-19");
    assertThat(d.units()).extracting(TextUnit::text)
        .containsExactly("러시아는 북한에 원유를 공급했다.", "조선중앙통신이 보도했다.");
    assertThat(d.entities()).containsExactlyInAnyOrder("RUS", "kcna");
    assertThat(d.types()).containsExactlyInAnyOrder(EntityType.GPE, EntityType.ORG);
    assertThat(d.sources()).containsExactly("kcna");
  }
}
