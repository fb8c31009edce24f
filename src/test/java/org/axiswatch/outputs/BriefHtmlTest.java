package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.FindingsFixture;
import org.axiswatch.analysis.Selection;
import org.axiswatch.pipeline.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BriefHtmlTest {
  private final BriefContent content = BriefContent.of(FindingsFixture.findings(),
      new Selection("North Korea–Russia", null, null));

  @Test
  void isSelfContainedWithEveryFigure() {
    String html = BriefHtml.write(content, Language.KO, BriefHtml.Mode.INTERACTIVE);
    Document d = Jsoup.parse(html);
    assertThat(d.select("script[src], link[href], img[src]")).isEmpty();
    assertThat(html).contains("echarts").doesNotContain("http://cdn").doesNotContain("https://cdn");
    assertThat(d.select("div.chart")).extracting(e -> e.id())
        .containsExactlyInAnyOrder("chart-timeline", "chart-flow", "chart-network");
    assertThat(d.getElementById("chart-data").data()).contains("\"timeline\"");
    assertThat(d.select("html").attr("lang")).isEqualTo("ko");
  }

  @Test
  void koreanBriefHasTheSeedSectionsAndKoreanNames() {
    Document d = Jsoup.parse(BriefHtml.write(content, Language.KO, BriefHtml.Mode.INTERACTIVE));
    assertThat(d.select("h2").eachText()).containsExactly("요약", "1. 배경과 특징",
        "2. 협력 가능성과 한계", "3. 향후 대응전략", "주");
    assertThat(d.select("h1").text()).isEqualTo("북한–러시아 협력 동향과 대응");
    assertThat(d.select("#background li").eachText()).anySatisfy(t ->
        assertThat(t).startsWith("2024. 6. 19. 회담: 푸틴, 김정은 (평양)"));
    assertThat(d.select("table.exchanges tbody tr")).hasSize(6);
    assertThat(d.select("td.verdict-PROHIBITED")).hasSize(3);
    assertThat(d.select("table.exchanges").text()).contains("결의 1718호 8(b)항");
  }

  @Test
  void englishBriefSaysTheSameWithEnglishNamesAndQuotesEvidenceAsWritten() {
    Document ko = Jsoup.parse(BriefHtml.write(content, Language.KO, BriefHtml.Mode.INTERACTIVE));
    Document en = Jsoup.parse(BriefHtml.write(content, Language.EN, BriefHtml.Mode.INTERACTIVE));
    assertThat(en.select("h2").eachText()).containsExactly("Summary", "1. Background",
        "2. Possibilities and limits", "3. Recommendations", "Notes");
    assertThat(en.select("#background li").eachText()).anySatisfy(t ->
        assertThat(t).startsWith("19 Jun 2024 Meeting: Vladimir Putin, Kim Jong Un (Pyongyang)"));
    assertThat(en.select("li").size()).isEqualTo(ko.select("li").size());
    assertThat(en.select("ol.notes li").eachText()).isEqualTo(ko.select("ol.notes li").eachText()
        .stream().map(t -> t.replace("문장", "sentence")).toList());
    assertThat(en.select("ol.notes li").text()).contains("“북한이 지난해 8월 이후 컨테이너 1만 개 분량의 포탄을 러시아에 보냈다”");
  }

  @Test
  void koreanNamesSkipOneSyllableAbbreviations() {
    org.axiswatch.mentions.Entity prk = new org.axiswatch.mentions.Entity("PRK",
        org.axiswatch.mentions.EntityType.GPE, "North Korea", java.util.List.of("북", "北", "북한"),
        "PRK", null, "gazetteer");
    org.axiswatch.analysis.DocumentRef doc = new org.axiswatch.analysis.DocumentRef("d".repeat(64),
        null, null, Language.KO, null, "a.txt", java.util.List.of("PRK"));
    org.axiswatch.analysis.Findings f = new org.axiswatch.analysis.Findings(java.util.List.of(doc),
        java.util.List.of(prk), java.util.List.of(), java.util.List.of(), java.util.List.of(),
        java.util.List.of());
    BriefWording ko = new BriefWording(BriefContent.of(f, Selection.ALL), Language.KO);
    assertThat(ko.name("PRK")).isEqualTo("북한");
    assertThat(new BriefWording(BriefContent.of(f, Selection.ALL), Language.EN).name("PRK"))
        .isEqualTo("North Korea");
  }

  @Test
  void everyStatementLinksToAFootnoteThatExists() {
    Document d = Jsoup.parse(BriefHtml.write(content, Language.EN, BriefHtml.Mode.INTERACTIVE));
    // screening hits name their document inline: a list match has no sentence to point at
    for (Element li : d.select("#background li, #prospects li:not(.screening li), #recommendations li")) {
      assertThat(li.select("sup.fn a")).as(li.text()).isNotEmpty();
    }
    for (Element row : d.select("table.exchanges tbody tr")) {
      assertThat(row.select("sup.fn a")).as(row.text()).isNotEmpty();
    }
    for (Element a : d.select("sup.fn a")) {
      assertThat(d.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
    }
  }

  @Test
  void printModeCarriesNoScriptAndSaysWhyTheFiguresAreMissing() {
    String html = BriefHtml.write(content, Language.KO, BriefHtml.Mode.PRINT);
    Document d = Jsoup.parse(html);
    assertThat(d.select("script")).isEmpty();
    assertThat(d.select(".figure-note").text()).contains("HTML");
  }
}
