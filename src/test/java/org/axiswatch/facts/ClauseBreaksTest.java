package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Clause breaks read by hand agree with the regex they replaced, edges of the sentence included. */
class ClauseBreaksTest {
  /** The regex the stage used before: the reference. */
  private static final Pattern REFERENCE = Pattern.compile(
      "[,;，](?=\\s)|(?<=[하했였았었혔렸졌왔웠됐되지]고)\\s|(?<=[하했였았었혔렸졌왔이되]며)\\s"
          + "|(?<=면서|지만|으나|는데|므로|으며)\\s|[.。](?=\\s)|\\s(?=(?:but|while|whereas)\\s)");

  private static final List<String> SENTENCES = List.of(
      "북한은 러시아에 포탄을 공급하고 러시아는 위성기술을 제공했으며 양국은 조약을 체결했다.",
      "회담을 가졌지만 합의는 없었고, 협력은 계속되며 교류도 늘었다.",
      "제재를 위반하면서 거래가 이뤄졌으나 확인되지 않았는데 의혹은 남으므로 주시해야 한다。 다음 문장",
      "Russia shipped oil, but the deal stalled while talks went on; whereas Seoul, Tokyo objected.",
      "Sept. 13 talks ended.\tbut\nwhile\u000Bwhereas\fthen\rnext",
      "했고 하며 지만 but");

  @Test
  void agreesWithTheRegex() {
    for (String text : SENTENCES) {
      for (int start = 0; start < text.length(); start++) {
        for (int end = start + 1; end <= text.length(); end += 3) {
          List<Integer> expected = new ArrayList<>();
          Matcher m = REFERENCE.matcher(text).region(start, end);
          while (m.find()) {
            expected.add(m.start());
          }
          List<Integer> found = new ArrayList<>();
          for (int i = start; i < end; i++) {
            if (ClauseBreaks.at(text, i, start, end)) {
              found.add(i);
            }
          }
          assertThat(found).as("%s [%d, %d)", text, start, end).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void findsTheBreaksOfASentence() {
    String s = "북한은 포탄을 공급하고 러시아는 기술을 제공했다.";
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (ClauseBreaks.at(s, i, 0, s.length())) {
        at.add(i);
      }
    }
    assertThat(at).containsExactly(s.indexOf("하고 ") + 2);
  }
}
