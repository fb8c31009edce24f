package org.axiswatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
