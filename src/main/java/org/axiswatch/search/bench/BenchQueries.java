package org.axiswatch.search.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.axiswatch.search.SearchQuery;
import org.axiswatch.search.corpus.CorpusEntity;
import org.axiswatch.search.corpus.CorpusVocabulary;

/**
 * A seeded mix of analyst queries for the search benchmark: Korean and English words of the field
 * (some inflected, some two-word), entity names, and filters by entity, type, language and date.
 */
public final class BenchQueries {
  private static final List<String> KOREAN = List.of("포탄", "포탄을", "공급", "공급하다", "미사일",
      "탄도미사일", "발사", "발사했다", "정상회담", "회담", "제재", "제재 위반", "연합훈련", "훈련",
      "방문", "시찰", "조약", "무기 거래", "기술 이전", "원유", "정찰위성", "규탄", "담화", "대표단",
      "포탄 공급", "군사 협력", "화물선", "전투기");
  private static final List<String> ENGLISH = List.of("supply", "supplied shells", "missile",
      "launch", "launched", "summit", "talks", "sanctions", "violation", "exercise", "drills",
      "visit", "treaty", "arms deal", "technology transfer", "crude oil", "satellite", "condemned",
      "statement", "delegation", "\"military cooperation\"", "cargo ships", "fighter jets",
      "solid fuel");
  private static final String[] GROUPS = {"states", "persons", "places", "weapons"};

  private BenchQueries() {}

  public static List<SearchQuery> generate(CorpusVocabulary vocabulary, int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<SearchQuery> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean korean = r.nextBoolean();
      String text = r.nextInt(4) == 0
          ? name(vocabulary, korean, r)
          : pick(korean ? KOREAN : ENGLISH, r);
      SearchQuery q = SearchQuery.of(text);
      int filter = r.nextInt(10);
      if (filter < 3) {
        q = q.withEntity(pick(vocabulary.group(r.nextBoolean() ? "states" : "persons"), r).id());
      } else if (filter < 5) {
        LocalDate from = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1);
        q = q.between(from, from.plusMonths(1 + r.nextInt(24)));
      } else if (filter == 5) {
        q = q.withType(r.nextBoolean() ? EntityType.WEAPON : EntityType.FAC);
      } else if (filter == 6) {
        q = q.withLanguage(korean ? Language.KO : Language.EN);
      }
      out.add(q);
    }
    return out;
  }

  /** An entity's name as an analyst would type it: without role words or a leading article. */
  private static String name(CorpusVocabulary v, boolean korean, SplittableRandom r) {
    CorpusEntity e = pick(v.group(GROUPS[r.nextInt(GROUPS.length)]), r);
    String n = e.name(korean);
    if (e.type() == EntityType.PERSON) {
      String[] parts = n.split(" ");
      n = korean ? parts[parts.length - 1] : parts[parts.length - 2] + " " + parts[parts.length - 1];
    }
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  private static <T> T pick(List<T> from, SplittableRandom r) {
    return from.get(r.nextInt(from.size()));
  }
}
