package org.axiswatch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The documents the web benchmark serves: the .txt/.md files already in its corpus folder, or, when
 * there are none, a small seeded set of Korean and English field notes written there first.
 */
final class BenchCorpus {
  private static final String[] STATES_KO = {"북한", "러시아", "중국", "이란", "벨라루스"};
  private static final String[] STATES_EN = {"North Korea", "Russia", "China", "Iran", "Belarus"};
  private static final String[] ITEMS_KO = {"포탄", "탄도미사일", "위성 기술", "정제유", "식량", "노동자"};
  private static final String[] ITEMS_EN = {"artillery shells", "ballistic missiles", "satellite technology",
      "refined petroleum", "food aid", "workers"};
  private static final String[] VERBS_KO = {"제공한 것으로 알려졌다", "지원할 가능성이 있다", "공급했다고 보도했다"};
  private static final String[] VERBS_EN = {"reportedly supplied", "may provide", "delivered"};

  private BenchCorpus() {}

  /** The corpus files under {@code dir}, writing {@code count} generated ones first if there are none. */
  static List<Path> files(Path dir, int count) throws IOException {
    List<Path> found = list(dir);
    if (!found.isEmpty()) {
      return found;
    }
    Files.createDirectories(dir);
    Random random = new Random(20231);
    for (int i = 0; i < count; i++) {
      boolean korean = i % 2 == 0;
      Path file = dir.resolve(String.format("note-%05d.txt", i));
      Files.writeString(file, korean ? korean(random, i) : english(random, i), StandardCharsets.UTF_8);
    }
    return list(dir);
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static String korean(Random r, int n) {
    List<String> lines = new ArrayList<>(List.of("동향 메모 " + n, ""));
    for (int i = 0; i < 12 + r.nextInt(20); i++) {
      int a = r.nextInt(STATES_KO.length);
      int b = (a + 1 + r.nextInt(STATES_KO.length - 1)) % STATES_KO.length;
      lines.add("- " + (2019 + r.nextInt(6)) + "년 " + (1 + r.nextInt(12)) + "월 " + STATES_KO[a] + "은 "
          + STATES_KO[b] + "에 " + ITEMS_KO[r.nextInt(ITEMS_KO.length)] + "을 "
          + VERBS_KO[r.nextInt(VERBS_KO.length)] + ".");
    }
    return String.join("\n", lines) + "\n";
  }

  private static String english(Random r, int n) {
    List<String> lines = new ArrayList<>(List.of("Field note " + n, ""));
    for (int i = 0; i < 12 + r.nextInt(20); i++) {
      int a = r.nextInt(STATES_EN.length);
      int b = (a + 1 + r.nextInt(STATES_EN.length - 1)) % STATES_EN.length;
      lines.add("In " + (2019 + r.nextInt(6)) + " " + STATES_EN[a] + " " + VERBS_EN[r.nextInt(VERBS_EN.length)]
          + " " + ITEMS_EN[r.nextInt(ITEMS_EN.length)] + " to " + STATES_EN[b] + ", officials said.");
    }
    return String.join("\n", lines) + "\n";
  }
}
