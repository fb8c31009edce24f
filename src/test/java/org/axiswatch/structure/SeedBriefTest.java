package org.axiswatch.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.Pipeline;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.RepairedText;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.read.SourceReader;
import org.axiswatch.read.TextRepair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed brief's own facts: the only place they may be asserted. */
class SeedBriefTest {
  private static AnalyzedDocument doc;
  private static String original;

  static Path seed() {
    return org.axiswatch.SharedFiles.seed();
  }

  @BeforeAll
  static void analyse() throws Exception {
    SourceDocument source = new SourceReader(SourceReader.Limits.DEFAULT).read(seed());
    original = source.original();
    Pipeline pipeline = new Pipeline(Set.of(SourceDocument.KEY), List.of(new TextRepair(),
        new DocumentInfoFinder(), new OutlineBuilder(), new SentenceSplitter()));
    doc = new AnalyzedDocument().put(SourceDocument.KEY, source);
    pipeline.annotate(doc);
  }

  private static List<OutlineNode> kids(OutlineNode n, NodeKind kind) {
    return n.children().stream().filter(c -> c.kind() == kind).toList();
  }

  @Test
  void documentFacts() {
    DocumentInfo info = doc.get(DocumentInfo.KEY);
    assertThat(info.language()).isEqualTo(Language.KO);
    assertThat(info.date()).hasToString("2023-09-14");
    assertThat(info.title()).isEqualTo("김정은-푸틴 정상회담: 북러 군사·외교 밀착 배경 및 대책");
    assertThat(info.author()).isEqualTo("이윤식");
  }

  @Test
  void outlineHasTheSummaryAndThreeSections() {
    List<OutlineNode> roots = doc.get(Outline.KEY).roots();
    OutlineNode summary = roots.stream().filter(n -> n.kind() == NodeKind.GROUP).findFirst().orElseThrow();
    assertThat(summary.marker()).isEqualTo("<요 약>");
    // the box holds four "o" items (the gold's unscored summary_points says 5; the text has 4),
    // two "-" items under the first and last, and a ※ note
    assertThat(kids(summary, NodeKind.ITEM)).hasSize(4).extracting(OutlineNode::marker).containsOnly("o");
    assertThat(kids(summary.children().get(0), NodeKind.ITEM)).hasSize(1);
    assertThat(kids(summary.children().get(3), NodeKind.ITEM)).hasSize(1);

    List<OutlineNode> sections = roots.stream().filter(n -> n.kind() == NodeKind.SECTION).toList();
    assertThat(sections).extracting(OutlineNode::marker).containsExactly("1.", "2.", "3.");
    assertThat(sections).extracting(OutlineNode::text)
        .containsExactly("북-러 정상회담 개최 배경과 특징", "북러 간 협력 가능성과 한계", "향후 대응전략");
    assertThat(kids(sections.get(0), NodeKind.POINT)).hasSize(5);
    assertThat(kids(sections.get(2), NodeKind.POINT)).hasSize(5);

    List<OutlineNode> groups = kids(sections.get(1), NodeKind.GROUP);
    assertThat(groups).extracting(OutlineNode::text).containsExactly("가능성 측면", "한계 측면");
    assertThat(kids(groups.get(0), NodeKind.POINT)).hasSize(4)
        .extracting(OutlineNode::marker).containsExactly("①", "②", "⓷", "④");
    assertThat(kids(groups.get(1), NodeKind.POINT)).hasSize(3);
  }

  @Test
  void spansAreOriginalOffsets() {
    OutlineNode s2 = doc.get(Outline.KEY).roots().stream()
        .filter(n -> "2.".equals(n.marker())).findFirst().orElseThrow();
    assertThat(original.substring(s2.span().start(), s2.span().end())).isEqualTo("2. 북러 간 협력 가능성과 한계");
    OutlineNode firstItem = doc.get(Outline.KEY).roots().stream()
        .filter(n -> n.kind() == NodeKind.GROUP).findFirst().orElseThrow().children().get(0);
    assertThat(original.substring(firstItem.span().start(), firstItem.span().end()))
        .startsWith("o 김정은 위원장과").contains("우주기지\n\n에서").endsWith("정상회담을 가짐");
    assertThat(firstItem.text()).contains("우주기지에서 4년 5개월 만에");
  }

  @Test
  void repairJoinsTheSeedsBrokenWordsAndTakesOutTheFootnote() {
    RepairedText r = doc.get(RepairedText.KEY);
    assertThat(r.text()).contains("대북제재 속 출구가 필요하고", "‘민감한 분야’의 협력", "‘포탄 확보’ 등")
        .doesNotContain("여의도연구원");
    assertThat(r.removed()).hasSize(1);
    Span footnote = r.removed().get(0);
    assertThat(original.substring(footnote.start(), footnote.end())).startsWith("* 同 보고서는");
  }

  @Test
  void sentencesRespectTheOutlineAndDates() {
    List<Sentence> sentences = doc.get(Sentence.KEY);
    assertThat(sentences).extracting(Sentence::text)
        .contains("이는 북-러 양측 보다 한발 빠른 보도.", "북-러 정상회담 개최 배경과 특징")
        .anyMatch(t -> t.startsWith("9.4(월) NYT, 美 당국자를 인용") && t.endsWith("이라 보도"))
        .anyMatch(t -> t.contains("2020.1月 비상방역 조치 이후") && t.endsWith("해외방문도 가능"))
        .noneMatch(t -> t.contains("여의도연구원"));
    List<Span> nodes = new java.util.ArrayList<>();
    doc.get(Outline.KEY).roots().forEach(n -> collect(n, nodes));
    for (Sentence s : sentences) {
      assertThat(nodes).as("sentence %d lies inside one node's own text", s.index())
          .anyMatch(n -> n.contains(s.span()));
    }
  }

  private static void collect(OutlineNode n, List<Span> out) {
    out.add(n.span());
    n.children().forEach(c -> collect(c, out));
  }
}
