package org.axiswatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stage screens a known entity with the gazetteer's birth year, nationality and position. */
class GazetteerAttributesTest {
  private static SanctionsStage withFacts;
  private static SanctionsStage namesOnly;

  @BeforeAll
  static void load() throws Exception {
    Screener screener = new Screener(ListStore.shippedUn());
    Regime un = RegimeReader.shipped().get("UN");
    withFacts = new SanctionsStage(un, screener, Gazetteer.standard());
    namesOnly = new SanctionsStage(un, screener);
  }

  private static Entity entity(String id, EntityType type, String name, String... forms) {
    return new Entity(id, type, name, List.of(forms), null, null, "gazetteer");
  }

  @Test
  void aKnownPersonBringsBirthYearNationalityAndPost() {
    Entity ri = entity("ri-pyong-chol", EntityType.PERSON, "Ri Pyong Chol", "이병철");
    List<ScreeningHit> hits = withFacts.screen(List.of(ri), List.of(), "");
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.ref()).isEqualTo("KPi.076");
      assertThat(h.why()).contains("birth year 1948 agrees").contains("nationality PRK agrees")
          .contains("position agrees");
    });
    assertThat(namesOnly.screen(List.of(ri), List.of(), "")).singleElement()
        .satisfies(h -> assertThat(h.why()).contains("name only").doesNotContain("agrees"));
  }

  @Test
  void aNamesakeWithAnotherBirthYearIsNoHit() throws Exception {
    // the gazetteer's Kim Yong Chol (born 1946, United Front Department) is not the listed
    // KIM YONG CHOL (KPi.024, born 1962, KOMID's representative in Iran)
    Entity kim = entity("kim-yong-chol", EntityType.PERSON, "Kim Yong Chol", "김영철");
    assertThat(namesOnly.screen(List.of(kim), List.of(), ""))
        .extracting(ScreeningHit::ref).containsExactly("KPi.024");
    List<ScreeningResult> weighed = new Screener(ListStore.shippedUn())
        .screen(GazetteerScreeningTest.subject(Gazetteer.standard().get("kim-yong-chol"),
            Gazetteer.standard()));
    assertThat(weighed).filteredOn(r -> r.entry().ref().equals("KPi.024")).singleElement()
        .satisfies(r -> {
          assertThat(r.match()).isFalse();
          assertThat(r.why()).contains("birth year differs: 1946");
        });
    assertThat(withFacts.screen(List.of(kim), List.of(), "")).isEmpty();
  }

  @Test
  void theSameInstitutionNameOfAnotherStateIsNoHit() {
    Entity rok = entity("ministry-of-national-defense-rok", EntityType.ORG,
        "Ministry of National Defense (ROK)", "국방부", "Ministry of National Defense");
    Entity dprk = entity("ministry-of-national-defence-dprk", EntityType.ORG,
        "Ministry of National Defence (DPRK)", "국방성", "DPRK Ministry of National Defence");
    assertThat(withFacts.screen(List.of(rok), List.of(), "")).isEmpty();
    assertThat(withFacts.screen(List.of(dprk), List.of(), ""))
        .extracting(ScreeningHit::ref).containsExactly("KPe.054");
    assertThat(namesOnly.screen(List.of(dprk), List.of(), "")).isEmpty();
  }
}
