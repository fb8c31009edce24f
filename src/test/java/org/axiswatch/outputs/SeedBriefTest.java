package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axiswatch.Analyzer;
import org.axiswatch.SharedFiles;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.BriefItem;
import org.axiswatch.analysis.EventFinding;
import org.axiswatch.analysis.ExchangeFinding;
import org.axiswatch.analysis.Findings;
import org.axiswatch.analysis.Footnote;
import org.axiswatch.analysis.Provenance;
import org.axiswatch.analysis.Selection;
import org.axiswatch.mentions.Entity;
import org.axiswatch.pipeline.Language;
import org.axiswatch.read.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The brief of the seed alone, checked against the seed's reference annotation: every section in
 * both languages, every dated event the gold lists, every exchange with its verdict, each
 * footnoted with evidence quoted from the seed.
 */
class SeedBriefTest {
  private static String text;
  private static JsonNode gold;
  private static BriefContent content;

  @BeforeAll
  static void analyse() throws Exception {
    var doc = Analyzer.standard().analyze(SharedFiles.seed());
    text = doc.get(SourceDocument.KEY).original();
    gold = new ObjectMapper().readTree(SharedFiles.file("gold/000_ea373eb64e99052c.gold.json").toFile());
    content = BriefContent.of(Findings.of(List.of(doc)), Selection.ALL);
    Path dir = Files.createDirectories(Path.of("target", "briefs"));
    for (Language l : List.of(Language.KO, Language.EN)) {
      Files.writeString(dir.resolve("seed-" + l.code() + ".md"), BriefMarkdown.write(content, l));
      Files.writeString(dir.resolve("seed-" + l.code() + ".html"),
          BriefHtml.write(content, l, BriefHtml.Mode.INTERACTIVE));
    }
  }

  @Test
  void bothLanguagesHoldEverySection() {
    for (Language l : List.of(Language.KO, Language.EN)) {
      BriefLabels labels = BriefLabels.of(l);
      Document d = Jsoup.parse(BriefHtml.write(content, l, BriefHtml.Mode.INTERACTIVE));
      String headings = String.join("|", d.select("h2, h3").eachText());
      for (String key : List.of("summary", "background", "prospects", "possibilities",
          "limitations", "exchanges", "recommendations", "notes")) {
        assertThat(headings).as(l + " " + key).contains(labels.get("section." + key));
      }
      for (String section : List.of("#background", "#prospects", "#recommendations")) {
        assertThat(d.select(section + " li")).as(l + " " + section).isNotEmpty();
      }
    }
  }

  @Test
  void everyDatedEventOfTheGoldIsInTheBackground() {
    List<String> missing = new ArrayList<>();
    int dated = 0;
    for (JsonNode g : gold.get("events")) {
      // optional gold events count when found and are not missed when absent, as the scorer says
      if (g.path("date").isMissingNode() || g.get("date").isNull() || g.path("optional").asBoolean()) {
        continue;
      }
      dated++;
      int at = place(g.get("evidence").asText());
      boolean found = content.background().stream().anyMatch(i ->
          i.fact().event().date().toString().equals(g.get("date").asText())
              && compatible(i.fact().event().type().name(), g.get("type").asText())
              && i.sources().stream().anyMatch(p -> p.span().contains(at)));
      if (!found) {
        missing.add(g.get("id").asText() + " " + g.get("date").asText());
      }
    }
    System.out.println("seed brief: gold dated events in the background: "
        + (dated - missing.size()) + "/" + dated + (missing.isEmpty() ? "" : ", missing " + missing));
    assertThat(missing).isEmpty();
  }

  /** Where the gold evidence is, across the seed's line breaks (the scorer reads it so too). */
  private static int place(String evidence) {
    StringBuilder re = new StringBuilder();
    evidence.replaceAll("\\s+", "").codePoints().forEach(c ->
        re.append(java.util.regex.Pattern.quote(new String(Character.toChars(c)))).append("\\s*"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(re.toString()).matcher(text);
    assertThat(m.find()).as("gold evidence in the seed: " + evidence).isTrue();
    return m.start();
  }

  private static boolean compatible(String ours, String theirs) {
    Set<String> said = Set.of("REPORT", "STATEMENT");
    return ours.equals(theirs) || said.contains(ours) && said.contains(theirs);
  }

  @Test
  void everyExchangeOfTheGoldIsInTheTableWithItsVerdict() {
    List<String> missing = new ArrayList<>();
    int verdictsAgree = 0;
    for (JsonNode g : gold.get("exchanges")) {
      BriefItem<ExchangeFinding> row = content.exchanges().stream().filter(i ->
          matches(i.fact(), g) || g.path("mutual").asBoolean() && matches(reversed(i.fact()), g))
          .findFirst().orElse(null);
      if (row == null || row.fact().decision() == null) {
        missing.add(g.get("id").asText());
        continue;
      }
      assertThat(content.notes(row)).isNotEmpty();
      for (JsonNode s : gold.get("sanctions")) {
        if (s.get("exchange").asText().equals(g.get("id").asText())
            && s.get("verdict").asText().equals(row.fact().decision().verdict().name())) {
          verdictsAgree++;
        }
      }
    }
    System.out.println("seed brief: gold exchanges in the table with a verdict: "
        + (gold.get("exchanges").size() - missing.size()) + "/" + gold.get("exchanges").size()
        + ", verdict as the gold: " + verdictsAgree + (missing.isEmpty() ? "" : ", missing " + missing));
    assertThat(missing).isEmpty();
  }

  private static boolean matches(ExchangeFinding x, JsonNode g) {
    return code(x.exchange().from()).equals(g.get("from").asText())
        && code(x.exchange().to()).equals(g.get("to").asText())
        && x.exchange().category().name().equals(g.get("category").asText());
  }

  private static ExchangeFinding reversed(ExchangeFinding x) {
    var e = x.exchange();
    return new ExchangeFinding(new org.axiswatch.facts.Exchange(e.to(), e.from(), e.category(),
        e.item(), e.status(), e.quantity(), e.span(), e.text()), x.decision(), x.date(), x.source());
  }

  private static String code(String entityId) {
    return content.findings().entity(entityId).map(Entity::code).orElse(entityId);
  }

  @Test
  void everyFootnoteQuotesTheSeed() {
    for (Footnote f : content.footnotes()) {
      Provenance p = f.source();
      // the evidence is the repaired text of its span: the span's letters, with PDF line breaks
      // joined and any footnote that fell inside it taken out, in the same order
      String span = text.substring(p.span().start(), p.span().end()).replaceAll("\\s+", "");
      String evidence = p.evidence().replaceAll("\\s+", "");
      assertThat(isSubsequence(evidence, span)).as("%s within %s", evidence, span).isTrue();
      assertThat(evidence.charAt(0)).isEqualTo(span.charAt(0));
      assertThat(evidence.charAt(evidence.length() - 1)).isEqualTo(span.charAt(span.length() - 1));
    }
    assertThat(content.footnotes()).isNotEmpty();
  }

  private static boolean isSubsequence(String part, String whole) {
    int j = 0;
    for (int i = 0; i < whole.length() && j < part.length(); i++) {
      if (whole.charAt(i) == part.charAt(j)) {
        j++;
      }
    }
    return j == part.length();
  }
}
