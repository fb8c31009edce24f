package org.axiswatch.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityResolverTest {
  private static final EntityResolver KNOWN = new EntityResolver(List.of(
      new Entity("choe-son-hui", EntityType.PERSON, "Choe Son Hui", List.of("최선희"), null, null, "gazetteer"),
      new Entity("kim-yo-jong", EntityType.PERSON, "Kim Yo Jong", List.of("김여정"), null, null, "gazetteer"),
      new Entity("kim-yong-chol", EntityType.PERSON, "Kim Yong Chol", List.of("김영철"), null, null, "gazetteer"),
      new Entity("PRK", EntityType.GPE, "North Korea", List.of("북한"), "PRK", null, "gazetteer")));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(nullValues = "none", textBlock = """
      Choi Sun-hee, choe-son-hui
      최선희, choe-son-hui
      Gim Yeo-jeong, kim-yo-jong
      Kim Young-chul, kim-yong-chol
      Kim Yong Nam, none
      Choe Ryong Hae, none
      """)
  void namesFindTheEntityTheyName(String name, String id) {
    List<String> found = KNOWN.resolve(name, EntityType.PERSON).stream()
        .map(f -> f.item().id()).toList();
    assertThat(found).isEqualTo(id == null ? List.of() : List.of(id));
  }
}
