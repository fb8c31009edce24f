package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axiswatch.Analyzer;
import org.axiswatch.mentions.Entity;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed brief end to end: the only place its facts are written down. Runs once the standard
 * pipeline has the mention and fact stages (until the branches are merged it is skipped).
 */
class SeedBriefTest {
  private static final Path SEED = org.axiswatch.SharedFiles.seed();
  private static AnalyzedDocument doc;

  @BeforeAll
  static void analyse() throws Exception {
    Analyzer analyzer = Analyzer.standard();
    doc = analyzer.analyze(SEED);
  }

  @Test
  void theLedgerOfEvents() {
    List<String> events = doc.get(Event.KEY).stream().map(e -> e.type() + " " + e.date()).toList();
    assertThat(events).contains("MEETING 2023-09-13", "VISIT 2023-07-26", "REPORT 2023-09-04",
        "STATEMENT 2023-09-05", "LAUNCH 2023-09-06", "REPORT 2023-09-07", "CYBERATTACK 2023-03",
        "LAUNCH 2023-05", "LAUNCH 2023-08", "VISIT 2023-07-15", "MILITARY_ACTION 2022-02",
        "POLICY 2020-01", "EVENT 2023-09-23");
    assertThat(events.stream().filter(e -> e.endsWith("2023-09-04"))).hasSize(3);
    assertThat(events).hasSizeLessThanOrEqualTo(19);
  }

  @Test
  void theExchangesBothWays() {
    Map<String, String> code = doc.get(Entity.KEY).stream().filter(e -> e.code() != null)
        .collect(Collectors.toMap(Entity::id, Entity::code));
    List<String> exchanges = doc.get(Exchange.KEY).stream()
        .map(x -> code.get(x.from()) + ">" + code.get(x.to()) + " " + x.category()).toList();
    assertThat(exchanges).contains("PRK>RUS CONVENTIONAL_ARMS", "RUS>PRK MISSILE_SPACE_TECHNOLOGY",
        "RUS>PRK CONVENTIONAL_ARMS", "RUS>PRK FOOD", "PRK>RUS LABOUR", "RUS>PRK PETROLEUM",
        "RUS>PRK JOINT_VENTURE_INFRASTRUCTURE", "RUS>PRK NUCLEAR_TECHNOLOGY", "RUS>PRK FINANCE");
    assertThat(exchanges).anyMatch(x -> x.endsWith("MILITARY_COOPERATION")
        && x.contains("PRK") && x.contains("RUS"));
    assertThat(exchanges).hasSizeLessThanOrEqualTo(11).doesNotHaveDuplicates();
  }

  @Test
  void sourcesAndTypedPoints() {
    List<Claim> claims = doc.get(Claim.KEY);
    assertThat(claims).filteredOn(c -> c.kind() == ClaimKind.REPORT).extracting(Claim::source)
        .contains("national-intelligence-service");
    assertThat(claims).extracting(Claim::kind).contains(ClaimKind.POSSIBILITY,
        ClaimKind.LIMITATION, ClaimKind.RECOMMENDATION, ClaimKind.ASSESSMENT);
    assertThat(claims).filteredOn(c -> c.estimative() != null)
        .extracting(c -> c.estimative().term()).contains("가능성 농후", "가능성 불배제");
  }
}
