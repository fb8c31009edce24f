package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.FindingsFixture;
import org.axiswatch.analysis.Selection;
import org.axiswatch.pipeline.Language;
import org.junit.jupiter.api.Test;

class BriefChartsTest {
  private final BriefWording ko = new BriefWording(
      BriefContent.of(FindingsFixture.findings(), Selection.ALL), Language.KO);

  @Test
  void flowDrawsEveryExchangeInItsVerdictColour() {
    JsonNode flow = BriefCharts.options(ko).get("flow").at("/series/0");
    assertThat(flow.get("links")).hasSize(6);
    List<String> colours = new ArrayList<>();
    flow.get("links").forEach(l -> colours.add(l.at("/lineStyle/color").asText()));
    assertThat(colours).containsExactly("#b3261e", "#b3261e", "#b3261e", "#e08e0b", "#8a8a8a",
        "#2e7d32");
    assertThat(flow.get("data").findValuesAsText("name")).contains("북한", "러시아");
  }

  @Test
  void timelinePlacesEachDatedEventAndSpeaksTheLanguage() {
    JsonNode t = BriefCharts.options(ko).get("timeline");
    assertThat(t.at("/series/0/data")).hasSize(5);
    assertThat(t.at("/yAxis/data").toString()).contains("회담", "군사 행동");
    assertThat(t.at("/xAxis/axisLabel/formatter/month").asText()).isEqualTo("{M}월");
    // five months between the first and the last event: no need to zoom
    assertThat(t.has("dataZoom")).isFalse();
  }

  @Test
  void networkLinksActorsOfExchangesAndSharedEvents() {
    JsonNode n = BriefCharts.options(ko).get("network").at("/series/0");
    assertThat(n.get("data").findValuesAsText("name"))
        .contains("북한", "러시아", "푸틴", "김정은").doesNotContain("포탄");
    assertThat(n.get("links").size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void tooltipsAreEscaped() {
    assertThat(BriefCharts.esc("<b>\"x\" & y</b>")).isEqualTo("&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
  }
}
