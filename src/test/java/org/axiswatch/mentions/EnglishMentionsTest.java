package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.described;
import static org.axiswatch.mentions.MentionsFixture.mentions;

import org.junit.jupiter.api.Test;

/** English news sentences written for these tests. */
class EnglishMentionsTest {
  private static final String DATE = "2024-10-31";

  @Test
  void yonhapStyleLaunchReport() {
    String text = "SEOUL, Oct. 31 (Yonhap) -- North Korea fired an intercontinental ballistic missile "
        + "toward the East Sea on Thursday, the Joint Chiefs of Staff said, days after Seoul accused "
        + "Pyongyang of sending some 11,000 troops to Russia's Kursk Oblast. The Hwasong-19 flew "
        + "about 1,000 kilometers, Japanese Defense Minister Gen Nakatani said.";
    assertThat(described(text, DATE)).contains(
        "DATE Oct. 31=2024-10-31", "ORG Yonhap=yonhap-news-agency", "GPE North Korea=PRK",
        "WEAPON intercontinental ballistic missile=icbm", "LOC East Sea=east-sea",
        "ORG Joint Chiefs of Staff=joint-chiefs-of-staff-rok", "GPE Pyongyang=PRK", "GPE Seoul=KOR",
        "QUANTITY some 11,000 troops=11000 person ~", "GPE Russia=RUS",
        "LOC Kursk Oblast=kursk-oblast", "WEAPON Hwasong-19=hwasong-19",
        "QUANTITY about 1,000 kilometers=1000 km ~", "PERSON Gen Nakatani=gen-nakatani");
  }

  @Test
  void capitalsStandForTheirGovernmentsExceptAsPlaces() {
    String text = "PYONGYANG, June 19 (Yonhap) -- Putin landed at Pyongyang's Sunan International "
        + "Airport. Washington and Seoul accused Pyongyang of shipping shells to Moscow, while "
        + "experts in Seoul doubted it. Lavrov later flew to Beijing, and Tokyo protested.";
    assertThat(described(text, "2024-06-19")).containsSubsequence(
        "LOC PYONGYANG=pyongyang", "LOC Pyongyang=pyongyang",
        "FAC Sunan International Airport=pyongyang-sunan-international-airport",
        "GPE Washington=USA", "GPE Seoul=KOR", "GPE Pyongyang=PRK", "GPE Moscow=RUS",
        "LOC Seoul=seoul", "LOC Beijing=beijing", "GPE Tokyo=JPN");
  }

  @Test
  void theNorthAndTheSouthAreTheKoreasButNotTheNorthAtlantic() {
    assertThat(described("North Korea warned that the North would answer the South's drills; "
        + "the North Atlantic alliance and the North Korean army stayed quiet.", DATE))
        .contains("GPE the North=PRK", "GPE the South=KOR")
        .noneMatch(s -> s.startsWith("GPE the North A") || s.equals("GPE the North Korean=PRK"));
  }

  @Test
  void aNameFoundByItsContextIsFoundAgainByItsFamilyName() {
    assertThat(described("Defence analyst Park Tae-won said the guns went north. Park said more "
        + "would follow, and he walked in the park. Researcher Hannah Lindqvist agreed; Lindqvist "
        + "added that the rail link was busy.", DATE))
        .contains("PERSON Park=person:park tae-won", "PERSON Lindqvist=person:hannah lindqvist")
        .noneMatch(s -> s.startsWith("PERSON park"));
  }

  @Test
  void aFamilyNameTwoPeopleShareOrTooShortIsNotRecalled() {
    assertThat(described("Analyst Park Tae-won and researcher Park Min-ji disagreed. Park said "
        + "nothing more. Envoy Oh Jin-ho arrived; Oh said he was tired.", DATE))
        .noneMatch(s -> s.startsWith("PERSON Park="))
        .noneMatch(s -> s.startsWith("PERSON Oh="));
  }

  @Test
  void aBylineAloneOnItsLineIsAPerson() {
    assertThat(described("Missile debris traced\n\nBy Daniel Okafor\n\nNEW YORK, April 30, 2024 -- "
        + "The report was sent by Linda Park and others.", DATE))
        .contains("PERSON Daniel Okafor=person:daniel okafor")
        .noneMatch(s -> s.contains("Linda Park"));
  }

  @Test
  void lowerCaseAliasesMatchEvenWhenTheNameIsCapitalised() {
    assertThat(described("Moscow may help build a nuclear-powered submarine and landing ships.", DATE))
        .contains("WEAPON nuclear-powered submarine=nuclear-powered-submarine",
            "WEAPON landing ships=landing-ship");
  }

  @Test
  void titlesAndHeadWordsFindUnknownNames() {
    String text = "Spokesman Kim In-ae said the Korea Maritime Institute and the Institute of "
        + "Eurasian Strategy disagreed. Deputy Minister Lee Sang-hoon later met Mr. Volkov in "
        + "Tumen County.";
    assertThat(described(text, DATE)).contains(
        "PERSON Kim In-ae=person:kim in-ae", "ORG Korea Maritime Institute=org:korea maritime institute",
        "ORG Institute of Eurasian Strategy=org:institute of eurasian strategy",
        "PERSON Lee Sang-hoon=person:lee sang-hoon", "PERSON Volkov=person:volkov",
        "LOC Tumen County=loc:tumen county");
  }

  @Test
  void capitalisedWordsWithoutCuesGiveNothing() {
    String text = "On Monday, The Analysts Said That Everything Was Fine. However, trump cards and "
        + "a think tank remained; the price of coats rose.";
    assertThat(mentions(text, DATE)).filteredOn(m -> m.type().isNamed()).isEmpty();
  }

  @Test
  void genericBodiesAreNotNamedBodiesButAStatesBodiesAreItsOwn() {
    assertThat(described("Russia's Foreign Ministry and the Defense Department declined, the Korea "
        + "Herald reported.", DATE)).containsExactly("GPE Russia=RUS",
        "ORG Foreign Ministry=ministry-of-foreign-affairs-russia", "ORG Korea Herald=the-korea-herald");
  }

  @Test
  void shortCapitalFormsMatchOnlyInCapitals() {
    assertThat(described("The US and the UN warned us.", DATE))
        .containsExactly("GPE US=USA", "ORG UN=united-nations");
  }

  @Test
  void designationsMatchAcrossSpellings() {
    // a designation takes a bare class word after it, as in Korean (Su-27 전투기)
    assertThat(described("Russia sent MIG-29 and Su 27 jets; ICBMs and KN23s followed.", DATE))
        .contains("WEAPON MIG-29=mig-29", "WEAPON Su 27 jets=su-27", "WEAPON ICBMs=icbm", "WEAPON KN23s=kn-23");
  }
}
