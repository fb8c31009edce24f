package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A dated past fact in an official's indirect quotation is an event besides the statement. */
class QuotedFactTest {
  static Stream<Arguments> quoted() {
    return Stream.of(
        Arguments.of(FactDoc.of("2024-10-20",
            "국정원 관계자는 \"북한은 이달 8일부터 13일까지 특수부대 병력을 러시아로 수송했다\"고 설명했다.")
            .date("13일까지", "2024-10-13"), "MILITARY_ACTION 2024-10-13"),
        Arguments.of(FactDoc.of("2024-06-03",
            "합참 관계자는 \"북한이 지난달 27일 군사정찰위성을 발사했다\"고 밝혔다.")
            .date("지난달 27일", "2024-05-27"), "LAUNCH 2024-05-27"));
  }

  @ParameterizedTest
  @MethodSource("quoted")
  void theQuotedFactHasItsOwnDate(FactDoc doc, String expected) {
    assertThat(FactProbe.events(doc)).extracting(EventFinderTest::show).contains(expected);
  }

  static Stream<Arguments> notFacts() {
    return Stream.of(
        // a quoted plan, a quotation with no date of its own
        Arguments.of(FactDoc.of("2024-06-03",
            "합참 관계자는 \"북한이 27일 군사정찰위성을 발사할 것\"이라고 밝혔다.")
            .date("27일", "2024-06-27"), "LAUNCH"),
        Arguments.of(FactDoc.of("2024-06-03",
            "합참 관계자는 \"북한이 군사정찰위성을 발사했다\"고 밝혔다."), "LAUNCH"));
  }

  @ParameterizedTest
  @MethodSource("notFacts")
  void aQuotedPlanOrUndatedFactIsNone(FactDoc doc, String type) {
    assertThat(FactProbe.events(doc)).extracting(e -> e.type().name()).doesNotContain(type);
  }
}
