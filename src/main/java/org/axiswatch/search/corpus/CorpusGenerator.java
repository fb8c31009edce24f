package org.axiswatch.search.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axiswatch.pipeline.Language;

/**
 * Writes synthetic field documents: each picks a main kind of event (a summit, a launch, an arms
 * transfer…), a cast, and sentences of that kind, then a second kind and some background. Document
 * {@code n} depends only on the seed and {@code n} (its own random stream), so any slice of a
 * corpus can be regenerated alone and in parallel.
 */
public final class CorpusGenerator {
  private static final List<String> MAIN_KINDS = List.of(
      "summit", "visit", "launch", "transfer", "sanctions", "exercise", "statement");
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 11 * 365;
  /** Share of Korean documents, in percent: the analysts read mostly Korean sources. */
  private static final int KOREAN_PERCENT = 60;
  private static final int FRONT_STATES = 5;

  private final CorpusVocabulary vocabulary;
  private final long seed;

  public CorpusGenerator(CorpusVocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  public Stream<GeneratedDocument> documents(int count) {
    return IntStream.range(0, count).mapToObj(this::generate);
  }

  public GeneratedDocument generate(int number) {
    SplittableRandom r = new SplittableRandom(mix(seed, number));
    boolean korean = r.nextInt(100) < KOREAN_PERCENT;
    LocalDate date = FIRST_DAY.plusDays(r.nextInt(DAYS));
    TemplateFiller filler = new TemplateFiller(cast(r), korean, date, r);
    String main = MAIN_KINDS.get(r.nextInt(MAIN_KINDS.size()));
    String second = MAIN_KINDS.get(r.nextInt(MAIN_KINDS.size()));
    CorpusVocabulary.Kind kind = vocabulary.kinds().get(main);
    String title = filler.fill(pick(korean ? kind.titlesKo() : kind.titlesEn(), r));
    List<List<String>> paragraphs = new ArrayList<>();
    paragraphs.add(sentences(kind, korean, 3 + r.nextInt(4), filler, r));
    if (!second.equals(main)) {
      paragraphs.add(sentences(vocabulary.kinds().get(second), korean, 2 + r.nextInt(3), filler, r));
    }
    paragraphs.add(sentences(vocabulary.kinds().get("background"), korean, 1 + r.nextInt(3),
        filler, r));
    StringBuilder text = new StringBuilder(title).append('\n').append(filler.dateline())
        .append("\n\n");
    List<String> all = new ArrayList<>();
    for (List<String> p : paragraphs) {
      text.append(String.join(" ", p)).append("\n\n");
      all.addAll(p);
    }
    return new GeneratedDocument(number, korean ? Language.KO : Language.EN, date, title,
        text.toString().stripTrailing() + "\n", all, filler.entities, filler.types,
        filler.sources);
  }

  /** {@code count} different templates of the kind, in random order. */
  private static List<String> sentences(CorpusVocabulary.Kind kind, boolean korean, int count,
      TemplateFiller filler, SplittableRandom r) {
    List<String> pool = new ArrayList<>(korean ? kind.ko() : kind.en());
    List<String> out = new ArrayList<>();
    while (out.size() < count && !pool.isEmpty()) {
      out.add(filler.fill(pool.remove(r.nextInt(pool.size()))));
    }
    return out;
  }

  private Map<String, CorpusEntity> cast(SplittableRandom r) {
    Map<String, CorpusEntity> cast = new HashMap<>();
    List<CorpusEntity> states = two(vocabulary.group("states"), r);
    // The field's reporting is mostly about its first few states (the data file lists them
    // first): give them most of the documents rather than spreading evenly over twenty.
    if (r.nextInt(100) < 70) {
      states = two(vocabulary.group("states").subList(0, FRONT_STATES), r);
    }
    cast.put("gpe", states.get(0));
    cast.put("gpe2", states.get(1));
    List<CorpusEntity> persons = two(vocabulary.group("persons"), r);
    cast.put("person", persons.get(0));
    cast.put("person2", persons.get(1));
    List<CorpusEntity> weapons = two(vocabulary.group("weapons"), r);
    cast.put("weapon", weapons.get(0));
    cast.put("weapon2", weapons.get(1));
    cast.put("org", pick(vocabulary.group("orgs"), r));
    cast.put("body", pick(vocabulary.group("bodies"), r));
    cast.put("outlet", pick(vocabulary.group("outlets"), r));
    cast.put("loc", pick(vocabulary.group("places"), r));
    cast.put("fac", pick(vocabulary.group("facilities"), r));
    cast.put("goods", pick(vocabulary.group("goods"), r));
    return cast;
  }

  private static <T> List<T> two(List<T> from, SplittableRandom r) {
    int a = r.nextInt(from.size());
    int b = (a + 1 + r.nextInt(from.size() - 1)) % from.size();
    return List.of(from.get(a), from.get(b));
  }

  private static <T> T pick(List<T> from, SplittableRandom r) {
    return from.get(r.nextInt(from.size()));
  }

  /** A well-spread stream seed per document (SplitMix64's finaliser over seed and number). */
  static long mix(long seed, int number) {
    long z = seed * 0x9E3779B97F4A7C15L + number;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
