package org.axiswatch.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearlessDatelineTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      year named in the text|SEOUL, Oct. 31 (Yonhap) -- North Korea fired a missile, its first since July 2024.|2024-10-31
      the latest year named|WASHINGTON, June 28 (Reuters) - The 2018 summit and the 2019 talks were recalled.|2019-06-28
      no year: the lead's weekday|SEOUL, Oct. 31 (Yonhap) -- North Korea fired a ballistic missile on Thursday, officials said.|2024-10-31
      weekday outside the lead|TOKYO, March 3 (Kyodo) -- Japan protested. Talks were held on Friday.|none
      neither year nor weekday|MOSCOW, Feb 2 (Reuters) - Russia said it would respond.|none
      place with its country|KYIV, Ukraine, Jan. 12 (AP) -- Two soldiers were captured on Sunday.|2025-01-12
      no month and day|KYIV, Ukraine (AP) — Two soldiers were captured on Sunday.|none
      january story naming last year|SEOUL, Jan. 3 (Yonhap) -- North Korea fired a missile on Friday, after a 2024 of tests.|2025-01-03
      a year after today is no year|SEOUL, May 2 (Yonhap) -- Plans for 2030 were shown on Friday.|2025-05-02
      """)
  void datesAWireDatelineWithTheTextsOwnYear(String label, String text, String expected) {
    DateFinder.Found f = YearlessDateline.find(List.of(text), text, TODAY);
    assertThat(f == null ? null : f.date().toString()).as(label).isEqualTo(expected);
  }
}
