package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.mentions;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Input the stage must survive: no Korean or English, one huge line, a 10 MB document. */
class BadInputTest {
  private static final String DATE = "2024-06-20";

  @Test
  void textInOtherScriptsGivesNoNames() {
    String text = "Путин и Ким Чен Ын подписали договор. 普京与金正恩签署条约。 ☃☃☃ \u0000\uFFFD 12345";
    assertThat(mentions(text, DATE)).filteredOn(m -> m.type().isNamed()).isEmpty();
  }

  @Test
  void emptyAndBlankText() {
    assertThat(mentions("", DATE)).isEmpty();
    assertThat(mentions(" \n\n\t ", DATE)).isEmpty();
  }

  @Test
  void oneVeryLongLineIsCutButNamesAreStillFoundAtTheRightOffsets() {
    String sentence = "김정은 위원장은 9월13일 푸틴 대통령과 보스토치니 우주기지에서 만났다 ";
    StringBuilder b = new StringBuilder();
    while (b.length() < 300_000) {
      b.append(sentence);
    }
    String text = b.toString();
    List<Mention> ms = mentions(text, DATE);
    long kims = ms.stream().filter(m -> "kim-jong-un".equals(m.entity())).count();
    int expected = text.length() / sentence.length();
    // a hard cut may split at most one name per chunk boundary; chunks cut at spaces split none
    assertThat(kims).isEqualTo(expected);
    for (Mention m : ms) {
      assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
    }
  }

  @Test
  void aTenMegabyteDocumentIsAnalysedCompletely() {
    String paragraph = "북한은 러시아에 포탄 100만발을 보냈다고 국정원이 밝혔다.\n"
        + "Russian Defense Minister Andrei Belousov visited Pyongyang last month.\n";
    StringBuilder b = new StringBuilder(10_500_000);
    while (b.length() < 10_000_000) {
      b.append(paragraph);
    }
    String text = b.toString();
    int copies = text.length() / paragraph.length();
    List<Mention> ms = mentions(text, DATE);
    assertThat(ms.stream().filter(m -> "andrei-belousov".equals(m.entity())).count()).isEqualTo(copies);
    assertThat(ms.stream().filter(m -> "national-intelligence-service".equals(m.entity())).count())
        .isEqualTo(copies);
    assertThat(MentionsFixture.analyze("북한과 러시아", DATE).get(Entity.KEY)).hasSize(2);
  }

  @Test
  void withoutADocumentDateRelativeDatesNeedADateline() {
    assertThat(mentions("지난 3월 발사했다. 5월에도 쐈다.", null))
        .noneMatch(m -> m.type() == EntityType.DATE);
    assertThat(mentions("2023. 9. 14.(목)\n지난 3월 발사했다.", null))
        .filteredOn(m -> m.type() == EntityType.DATE).extracting(Mention::value)
        .containsExactly("2023-09-14", "2023-03");
  }
}
