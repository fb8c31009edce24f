package org.axiswatch.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisation names are compared as organisation names, never by the personal-name rules. */
class OrgMatcherTest {
  private final OrgMatcher matcher = new OrgMatcher();

  @ParameterizedTest(name = "{0} | {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      NIS                                  | RIHS                                       | false
      NIS                                  | NIS                                        | true
      KOMID                                | Komid                                      | true
      RGB                                  | Reconnaissance General Bureau              | false
      Korea Mining Development Trading Corp. | KOREA MINING DEVELOPMENT TRADING CORPORATION | true
      Korea Ryonbong General Corporation   | KOREA YONBONG GENERAL CORPORATION          | true
      Daedong Credit Bank                  | Dae-Dong Credit Bank                       | true
      Chongchongang Shipping               | Chong Chon Gang Shipping Co. Ltd.          | true
      Chongchongang Shipping               | Chongchon Shipping                         | false
      Korea Daesong Bank                   | Korea Daesong General Trading Corporation  | false
      Ministry of National Defense         | MINISTRY OF NATIONAL DEFENCE               | true
      Ministry of Foreign Affairs          | Ministry of Atomic Energy Industry         | false
      Workers' Party of Korea              | Central Military Commission of the Workers' Party of Korea | false
      정찰총국                               | Chongch'al Ch'ongguk                       | true
      정찰총국                               | Reconnaissance General Bureau              | false
      조선로동당                             | 조선노동당                                   | true
      국가정보원                             | Kukka Chongbowon                           | true
      국가정보원                             | National Intelligence Service              | false
      Heritage Foundation                  | Revival of Islamic Heritage Society        | false
      """)
  void organisationNames(String a, String b, boolean same) {
    NameMatch m = matcher.match(a, b);
    assertThat(m.match()).as(m.why()).isEqualTo(same);
    assertThat(matcher.match(b, a).score()).isEqualTo(m.score());
  }

  @Test
  void initialsAloneStayBelowTheThreshold() {
    NameMatch m = matcher.match("RGB", "Reconnaissance General Bureau");
    assertThat(m.score()).isGreaterThan(0.7);
    assertThat(m.why()).contains("initials");
  }

  @Test
  void acronymsAreNeitherMatchedBySoundNorReadAsPeople() {
    assertThat(matcher.match("NIS", "RIHS").why()).contains("never by sound");
    NameMatch asPeople = new NameMatcher().match("NIS", "RIHS");
    assertThat(asPeople.match()).isFalse();
    assertThat(asPeople.why()).contains("acronym");
    assertThat(new NameMatcher().match("KIM", "Gim").match()).isTrue();
  }

  @Test
  void bareNamesAreToldApart() {
    assertThat(OrgName.looksLikeOrganisation("KOMID")).isTrue();
    assertThat(OrgName.looksLikeOrganisation("National Intelligence Service")).isTrue();
    assertThat(OrgName.looksLikeOrganisation("정찰총국")).isTrue();
    assertThat(OrgName.looksLikeOrganisation("Kim Jong Un")).isFalse();
    assertThat(OrgName.looksLikeOrganisation("리병철")).isFalse();
    assertThat(OrgName.looksLikeOrganisation("리영국")).isFalse();
    assertThat(OrgName.looksLikeOrganisation("KIM")).isFalse();
  }
}
