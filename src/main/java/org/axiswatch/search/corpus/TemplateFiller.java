package org.axiswatch.search.corpus;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.axiswatch.mentions.EntityType;

/**
 * Fills one document's templates from its cast (the states, people, places… chosen for it), so
 * every sentence of a document speaks of the same actors; dates fall in the weeks before the
 * dateline; records which entities and outlets the text ends up naming.
 */
final class TemplateFiller {
  private final Map<String, CorpusEntity> cast;
  private final boolean korean;
  private final LocalDate dateline;
  private final SplittableRandom random;
  final Set<String> entities = new TreeSet<>();
  final Set<EntityType> types = EnumSet.noneOf(EntityType.class);
  final Set<String> sources = new TreeSet<>();

  TemplateFiller(Map<String, CorpusEntity> cast, boolean korean, LocalDate dateline,
      SplittableRandom random) {
    this.cast = cast;
    this.korean = korean;
    this.dateline = dateline;
    this.random = random;
  }

  String fill(String template) {
    Matcher m = CorpusVocabulary.SLOT.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      String word = word(m.group(1));
      // "the Russia-the United States exchange": no article inside a hyphenated pair.
      if (word.startsWith("the ") && (m.start() > 0 && template.charAt(m.start() - 1) == '-'
          || m.end() < template.length() && template.charAt(m.end()) == '-')) {
        word = word.substring(4);
      }
      String particle = m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(
          particle == null ? word : KoreanParticles.attach(word, particle)));
    }
    m.appendTail(out);
    if (!korean && !out.isEmpty()) {
      out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    }
    return out.toString();
  }

  private String word(String slot) {
    return switch (slot) {
      case "date" -> date(dateline.minusDays(random.nextInt(45)));
      case "n", "n2" -> Integer.toString(2 + random.nextInt(8));
      default -> entity(slot);
    };
  }

  private String entity(String slot) {
    CorpusEntity e = cast.get(slot);
    if (e.type() != null) {
      entities.add(e.id());
      types.add(e.type());
    }
    if (slot.equals("outlet")) {
      sources.add(e.id());
    }
    return e.name(korean);
  }

  String date(LocalDate d) {
    boolean withYear = random.nextInt(3) > 0;
    if (korean) {
      return (withYear ? d.getYear() + "년 " : "지난 ") + d.getMonthValue() + "월 "
          + d.getDayOfMonth() + "일";
    }
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return withYear ? d.getDayOfMonth() + " " + month + " " + d.getYear()
        : month + " " + d.getDayOfMonth();
  }

  String dateline() {
    return korean
        ? dateline.getYear() + ". " + dateline.getMonthValue() + ". " + dateline.getDayOfMonth() + "."
        : dateline.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
            + dateline.getDayOfMonth() + ", " + dateline.getYear();
  }
}
