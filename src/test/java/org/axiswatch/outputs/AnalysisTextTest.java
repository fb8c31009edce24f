package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Pipeline;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.read.TextRepair;
import org.axiswatch.structure.DocumentInfoFinder;
import org.axiswatch.structure.OutlineBuilder;
import org.axiswatch.structure.SentenceSplitter;
import org.junit.jupiter.api.Test;

class AnalysisTextTest {
  private static final String BRIEF = """
      북러 정상회담 평가와 향후 대응 방향
      2023. 9. 20.(수), 홍길동 외교안보센터 실장
      <요 약>
      o 북러 양국은 정상회담을 계기로 무기 거래와 위성 기술 협력을 본격화할 가능성이 농후하며 국제사회의 대북제재 체제가 크게 흔들릴 전망
      1. 회담 개최 배경
      ① 우크라이나 전쟁 장기화에 따른 러시아의 포탄 부족
      """;

  @Test
  void treeFitsAnEightyColumnTerminal() {
    AnalyzedDocument doc = new AnalyzedDocument().put(SourceDocument.KEY, new SourceDocument(
        "0".repeat(64), "brief.txt", "text/plain", "UTF-8", BRIEF, BRIEF.length()));
    new Pipeline(Set.of(SourceDocument.KEY), List.of(new TextRepair(), new DocumentInfoFinder(),
        new OutlineBuilder(), new SentenceSplitter())).annotate(doc);

    String out = AnalysisText.write(doc);

    assertThat(out).contains("date      2023-09-20", "author    홍길동", "  <요 약>  [GROUP]\n",
        "  1. 회담 개최 배경  [SECTION]\n", "    ① 우크라이나 전쟁 장기화에 따른 러시아의 포탄 부족  [POINT]\n");
    for (String line : out.split("\n")) {
      assertThat(AnalysisText.width(line)).as(line).isLessThanOrEqualTo(80);
    }
  }

  @Test
  void shortensByColumnsNotCharacters() {
    assertThat(AnalysisText.shorten("북한은 러시아에 포탄을 공급", 10)).isEqualTo("북한은 러…");
    assertThat(AnalysisText.shorten("North Korea", 20)).isEqualTo("North Korea");
  }
}
