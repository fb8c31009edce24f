package org.axiswatch.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.junit.jupiter.api.Test;

class CrossDocumentResolverTest {
  /** A knowledge base in memory: id → (type, forms, origin). */
  static final class Memory implements CrossDocumentResolver.Known {
    final Map<String, EntityType> types = new LinkedHashMap<>();
    final Map<String, List<String>> forms = new LinkedHashMap<>();

    Memory add(String id, EntityType type, String... names) {
      types.put(id, type);
      forms.put(id, new ArrayList<>(List.of(names)));
      return this;
    }

    @Override
    public boolean exists(String id) {
      return types.containsKey(id);
    }

    @Override
    public List<String> withForms(EntityType type, Set<String> keys) {
      return types.keySet().stream().filter(id -> types.get(id) == type)
          .filter(id -> forms.get(id).stream().map(FormNormalizer::normalize).anyMatch(keys::contains))
          .sorted().toList();
    }

    @Override
    public Map<String, List<String>> ofType(EntityType type) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      types.forEach((id, t) -> {
        if (t == type) {
          out.put(id, forms.get(id));
        }
      });
      return out;
    }
  }

  static Entity context(String id, EntityType type, String... names) {
    return new Entity(id, type, names[0], List.of(names), null, null, "context");
  }

  @Test
  void gazetteerIdsAreKeptAsTheyAre() {
    Memory kb = new Memory().add("person:김정은", EntityType.PERSON, "김정은");
    Entity e = new Entity("kim-jong-un", EntityType.PERSON, "Kim Jong Un", List.of("김정은"), null,
        "Q56226", "gazetteer");
    assertThat(new CrossDocumentResolver().resolve(e, kb)).isEqualTo("kim-jong-un");
  }

  @Test
  void aContextEntityJoinsAKnownOneByNormalizedForm() {
    Memory kb = new Memory()
        .add("kim-yo-jong", EntityType.PERSON, "Kim Yo Jong", "김여정")
        .add("org:조선중앙통신", EntityType.ORG, "조선중앙통신");
    CrossDocumentResolver r = new CrossDocumentResolver();
    assertThat(r.resolve(context("person:김 여정", EntityType.PERSON, "김 여정"), kb))
        .isEqualTo("kim-yo-jong");
    assertThat(r.resolve(context("person:kim yo-jong", EntityType.PERSON, "KIM Yo-jong"), kb))
        .isEqualTo("kim-yo-jong");
    // same form, other type: a different thing
    assertThat(r.resolve(context("org:김여정", EntityType.ORG, "김여정"), kb)).isEqualTo("org:김여정");
    assertThat(r.resolve(context("org:조선중앙통신", EntityType.ORG, "조선중앙통신"), kb))
        .isEqualTo("org:조선중앙통신");
  }

  @Test
  void otherScriptsNeedTheNameMatcher() {
    Memory kb = new Memory().add("person:choe son hui", EntityType.PERSON, "Choe Son Hui");
    Entity korean = context("person:최선희", EntityType.PERSON, "최선희");
    assertThat(new CrossDocumentResolver().resolve(korean, kb)).isEqualTo("person:최선희");
    ToDoubleBiFunction<String, String> romanizer =
        (a, b) -> Set.of(a, b).equals(Set.of("최선희", "Choe Son Hui")) ? 0.93 : 0;
    assertThat(new CrossDocumentResolver(Map.of(EntityType.PERSON, FormMatcher.pairwise(romanizer, 0.9)))
        .resolve(korean, kb)).isEqualTo("person:choe son hui");
    assertThat(new CrossDocumentResolver(Map.of(EntityType.PERSON, FormMatcher.pairwise(romanizer, 0.95)))
        .resolve(korean, kb)).isEqualTo("person:최선희");
    // a matcher for people says nothing about organisations
    assertThat(new CrossDocumentResolver(Map.of(EntityType.PERSON, FormMatcher.pairwise(romanizer, 0.9)))
        .resolve(context("org:최선희", EntityType.ORG, "최선희"), kb)).isEqualTo("org:최선희");
  }

  @Test
  void theStandardResolverReadsPeopleInAnyRomanization() {
    Memory kb = new Memory()
        .add("person:choe son hui", EntityType.PERSON, "Choe Son Hui")
        .add("person:ri pyong chol", EntityType.PERSON, "Ri Pyong Chol")
        .add("org:rodong sinmun", EntityType.ORG, "Rodong Sinmun");
    CrossDocumentResolver r = CrossDocumentResolver.standard();
    assertThat(r.resolve(context("person:최선희", EntityType.PERSON, "최선희"), kb))
        .isEqualTo("person:choe son hui");
    assertThat(r.resolve(context("person:리병철", EntityType.PERSON, "리병철"), kb))
        .isEqualTo("person:ri pyong chol");
    // a different given name is a different person
    assertThat(r.resolve(context("person:최선옥", EntityType.PERSON, "최선옥"), kb))
        .isEqualTo("person:최선옥");
    // organisations by their own rules: words and Korean spellings, never initials alone
    Memory orgs = new Memory()
        .add("org:korea ryonbong general corporation", EntityType.ORG,
            "Korea Ryonbong General Corporation")
        .add("org:korean central news agency", EntityType.ORG, "Korean Central News Agency")
        .add("org:ministry of foreign affairs", EntityType.ORG, "Ministry of Foreign Affairs");
    assertThat(r.resolve(context("org:korea yonbong general corporation", EntityType.ORG,
        "Korea Yonbong General Corporation"), orgs)).isEqualTo("org:korea ryonbong general corporation");
    assertThat(r.resolve(context("org:kcna", EntityType.ORG, "KCNA"), orgs)).isEqualTo("org:kcna");
    assertThat(r.resolve(context("org:ministry of national defense", EntityType.ORG,
        "Ministry of National Defense"), orgs)).isEqualTo("org:ministry of national defense");
  }
}
