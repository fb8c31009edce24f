package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axiswatch.mentions.MentionsFixture.described;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes of names that real articles use and the context finders used to miss or misread:
 * weapon classes with plurals and modifiers, bylines and name orders, generic words taken for
 * names, and a state's own bodies. Sentences written for these tests; each row gives mentions
 * that must be found ("TYPE text=entity") and, after "!", ones that must not.
 */
class NameShapesTest {
  private static final String DATE = "2024-11-05";

  private static void check(String text, String expected, String forbidden) {
    List<String> got = described(text.replace("\\n", "\n"), DATE);
    for (String e : expected.split("; ")) {
      assertThat(got).as(text).contains(e);
    }
    if (forbidden != null) {
      for (String f : forbidden.split("; ")) {
        assertThat(got).as(text).noneMatch(g -> g.startsWith(f));
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Russia fired North Korean short-range ballistic missiles at Kharkiv overnight."
          + "|WEAPON short-range ballistic missiles=srbm|WEAPON ballistic missiles",
      "Pyongyang has shipped millions of 152mm artillery shells to Moscow, officials said."
          + "|WEAPON 152mm artillery shells=artillery-shells|QUANTITY 152mm",
      "The North is supplying artillery munitions and anti-tank guided missiles to Russia."
          + "|WEAPON artillery munitions=weapon:artillery munition; "
          + "WEAPON anti-tank guided missiles=weapon:anti-tank guided missile|-",
      "Moscow may share know-how on reconnaissance satellites with Pyongyang."
          + "|WEAPON reconnaissance satellites=military-reconnaissance-satellite|-",
      "Debris showed the KN-23 missiles were built in 2023."
          + "|WEAPON KN-23 missiles=kn-23|QUANTITY 23 missiles",
      "Ukraine said Hwasong-11 short-range ballistic missiles hit Kyiv."
          + "|WEAPON Hwasong-11 short-range ballistic missiles=kn-23|-",
      "Analysts said the missile tests, the new military uniforms and a second round of talks "
          + "were unrelated.|GPE Ukraine=UKR|WEAPON",
  })
  void englishWeaponClasses(String text, String expected, String forbidden) {
    check(text.startsWith("Analysts") ? text + " Ukraine agreed." : text, expected, forbidden);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "북한은 단거리 탄도미사일 2발을 동해상으로 발사했다.|WEAPON 단거리 탄도미사일=srbm|WEAPON 탄도미사일",
      "북한은 러시아에 포탄 수백만 발을 보냈다.|WEAPON 포탄=artillery-shells|-",
      "러시아가 군사 정찰위성 기술을 넘겨줄 수 있다.|WEAPON 군사 정찰위성=military-reconnaissance-satellite|-",
      "북한은 화성-11 미사일을 러시아에 넘겼다.|WEAPON 화성-11 미사일=kn-23|-",
      "북한은 단거리 미사일과 장거리 로켓을 잇달아 쐈다.|WEAPON 단거리 미사일=weapon:단거리 미사일; "
          + "WEAPON 장거리 로켓=weapon:장거리 로켓|-",
      "미사일 발사 소식에 시장은 잠잠했고, 북한은 미사일을 더 만들 계획이다.|GPE 북한=PRK|WEAPON",
  })
  void koreanWeaponClasses(String text, String expected, String forbidden) {
    check(text, expected, forbidden);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Japanese Foreign Minister Iwaya Takeshi met his counterpart. Takeshi Iwaya later said the "
          + "talks went well.|PERSON Iwaya Takeshi=takeshi-iwaya; "
          + "PERSON Takeshi Iwaya=takeshi-iwaya|-",
      "Japanese Foreign Minister Iwaya Takeshi Tuesday called the launch a provocation."
          + "|PERSON Iwaya Takeshi=takeshi-iwaya|-",
      "Prime Minister Ishiba Shigeru spoke with Kim Jong Un's envoy.|PERSON Ishiba Shigeru=shigeru-ishiba"
          + "|PERSON Ishiba=",
      "Drones over the Black Sea\\n\\nBy OLENA KOVAL\\n\\nKYIV, Nov. 4 -- Ukraine said."
          + "|PERSON OLENA KOVAL=person:olena koval|-",
      "Sanctions report\\n\\nBy Daniel R. Whitfield\\n\\nThe panel said."
          + "|PERSON Daniel R. Whitfield=person:daniel r. whitfield|-",
      "Troops in Kursk\\n\\nHYUNG-JIN KIM and JIM HEINTZ, Associated Press\\n\\nSEOUL (AP) -- "
          + "Officials said.|PERSON HYUNG-JIN KIM=person:hyung-jin kim; "
          + "PERSON JIM HEINTZ=person:jim heintz|-",
      "KEY FINDINGS\\n\\nPOLICY OPTIONS\\n\\nThe brief ends.|-|PERSON",
      "The General Staff said the strike hit a depot, and White House Chief of Staff Susie Wiles "
          + "declined to comment.|PERSON Susie Wiles=person:susie wiles|PERSON Staff",
  })
  void englishPeople(String text, String expected, String forbidden) {
    if (expected == null) {
      assertThat(described(text.replace("\\n", "\n"), DATE)).noneMatch(g -> g.startsWith(forbidden));
      return;
    }
    check(text, expected, forbidden);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Officials at the Pacific Security Forum in Honolulu warned of the risk."
          + "|ORG Pacific Security Forum=org:pacific security forum|LOC Pacific",
      "Experts from the Japan Institute of International Affairs disagreed."
          + "|ORG Japan Institute of International Affairs=org:japan institute of international affairs"
          + "|GPE Japan",
      "In Seoul Defense Ministry officials said the launch failed.|LOC Seoul=seoul|ORG Seoul",
      "Ukraine's Security Service said Russia's Defence Ministry had lied."
          + "|GPE Ukraine=UKR; ORG Security Service=org:ukraine security service; "
          + "ORG Defence Ministry=ministry-of-defence-russia|-",
      "North Korea's Foreign Ministry called the report a fabrication."
          + "|ORG Foreign Ministry=ministry-of-foreign-affairs-dprk|-",
      "The Japanese Foreign Ministry protested to Beijing."
          + "|ORG Japanese Foreign Ministry=ministry-of-foreign-affairs-japan|-",
      "Russia's Security Council Secretary Sergei Shoigu met Kim in Pyongyang."
          + "|ORG Security Council=security-council-of-russia|ORG Security Council=un-security-council",
  })
  void englishBodiesAndLongerNames(String text, String expected, String forbidden) {
    check(text, expected, forbidden);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "이와야 다케시 일본 외무상은 이날 유감을 표명했다.|PERSON 이와야 다케시=takeshi-iwaya|-",
      "오스틴 장관은 베이징을 방문해 러시아 국방장관과 만났다.|GPE 러시아=RUS|PERSON 방문해",
      "왕이 중국 외교부장은 라브로프 장관과 회담했다.|PERSON 왕이=wang-yi|-",
      "우크라이나 보안국(SBU)은 포로를 심문했다고 밝혔다.|ORG 우크라이나 보안국=security-service-of-ukraine|-",
      "우크라이나 국방부는 성명을 냈다.|ORG 우크라이나 국방부=ministry-of-defence-ukraine"
          + "|ORG 국방부=ministry-of-national-defense-rok",
      "북한 국방성과 러시아 국방부가 각각 발표했다.|ORG 북한 국방성=ministry-of-national-defence-dprk; "
          + "ORG 러시아 국방부=ministry-of-defence-russia|-",
      "중국 외무성은 논평을 거부했고 러시아 외무성은 반박했다.|ORG 중국 외무성=ministry-of-foreign-affairs-china; "
          + "ORG 러시아 외무성=ministry-of-foreign-affairs-russia|ORG 외무성=ministry-of-foreign-affairs-dprk",
      "한국 외교부는 유감을 표했다.|ORG 한국 외교부=ministry-of-foreign-affairs-rok|GPE 한국",
  })
  void koreanPeopleAndBodies(String text, String expected, String forbidden) {
    check(text, expected, forbidden);
  }

  @Test
  void aMalformedWeaponWordsFileNamesFileAndLine() {
    assertThatThrownBy(() -> new WeaponClassFinder(DataLines.read("weapon-words.tsv",
        new StringReader("missile\thead\ten\nshort-range\tadjective\ten\n"))))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("weapon-words.tsv:2").hasMessageContaining("adjective");
  }
}
