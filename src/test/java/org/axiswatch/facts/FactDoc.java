package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.RepairedText;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;
import org.axiswatch.structure.Sentence;

/**
 * Builds an analysed document by hand for the fact tests: one sentence per line, mentions found
 * from a small test dictionary, dates given explicitly. Lines starting with "□" or a circled
 * number become outline headings; lines starting with "-" items under the last heading.
 */
final class FactDoc {
  private record Form(String text, EntityType type, String id, String code) {}

  private static final List<Form> FORMS = new ArrayList<>();

  static {
    state("PRK", "North Korea", "북한", "北", "북", "North Korean", "DPRK");
    state("RUS", "Russia", "러시아", "러", "Moscow's", "Russian");
    state("USA", "United States", "미국", "美", "미", "U.S.", "Washington");
    state("CHN", "China", "중국", "中", "중", "Chinese");
    state("KOR", "South Korea", "한국", "한", "Seoul");
    state("UKR", "Ukraine", "우크라이나", "우크라");
    state("IRN", "Iran", "이란");
    state("JPN", "Japan", "일본");
    named(EntityType.PERSON, "kim-jong-un", "김정은", "Kim Jong Un", "Kim");
    named(EntityType.PERSON, "vladimir-putin", "푸틴", "Putin");
    named(EntityType.PERSON, "sergei-shoigu", "쇼이구", "Shoigu");
    named(EntityType.PERSON, "jake-sullivan", "설리번", "Sullivan");
    named(EntityType.ORG, "the-new-york-times", "NYT", "The New York Times");
    named(EntityType.ORG, "national-intelligence-service", "국정원", "NIS");
    named(EntityType.ORG, "reuters", "Reuters", "로이터");
    named(EntityType.ORG, "kcna", "KCNA", "조선중앙통신");
    named(EntityType.ORG, "org:익명연구소", "익명연구소", "Anon Institute");
    named(EntityType.ORG, "national-assembly-intelligence-committee", "국회 정보위원회");
    named(EntityType.LOC, "vladivostok", "블라디보스토크", "Vladivostok");
    named(EntityType.LOC, "pyongyang", "평양", "Pyongyang");
    named(EntityType.LOC, "moscow", "모스크바", "Moscow");
    named(EntityType.LOC, "kyiv", "키이우", "Kyiv");
    named(EntityType.FAC, "vostochny-cosmodrome", "보스토치니 우주기지", "Vostochny Cosmodrome");
    named(EntityType.FAC, "port-of-rajin", "나진항", "라진항", "Rajin", "the port of Rajin",
        "Rajin port");
    named(EntityType.FAC, "vostochny-port", "보스토치니항", "Vostochny port");
    named(EntityType.FAC, "port-of-nampo", "남포항", "Nampo");
    named(EntityType.LOC, "dandong", "단둥", "Dandong");
    named(EntityType.FAC, "korea-russia-friendship-bridge", "두만강 철교", "Tumen River bridge");
    FORMS.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
  }

  private static void state(String code, String name, String... forms) {
    FORMS.add(new Form(name, EntityType.GPE, code, code));
    for (String f : forms) {
      FORMS.add(new Form(f, EntityType.GPE, code, code));
    }
  }

  private static void named(EntityType type, String id, String... forms) {
    for (String f : forms) {
      FORMS.add(new Form(f, type, id, null));
    }
  }

  private final String text;
  private final PartialDate date;
  private final Map<String, String> dates = new LinkedHashMap<>();
  private final Map<String, String> quantities = new LinkedHashMap<>();

  private FactDoc(String text, String date) {
    this.text = text;
    this.date = date == null ? null : PartialDate.parse(date);
  }

  static FactDoc of(String date, String... lines) {
    return new FactDoc(String.join("\n", lines), date);
  }

  /** A DATE mention: every occurrence of {@code surface} has ISO value {@code iso}. */
  FactDoc date(String surface, String iso) {
    dates.put(surface, iso);
    return this;
  }

  FactDoc quantity(String surface, String value) {
    quantities.put(surface, value);
    return this;
  }

  AnalyzedDocument build() {
    AnalyzedDocument doc = new AnalyzedDocument();
    doc.put(RepairedText.KEY, RepairedText.unchanged(text));
    Language lang = text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) ? Language.KO : Language.EN;
    doc.put(DocumentInfo.KEY, new DocumentInfo(lang, date, null, null));
    List<Sentence> sentences = new ArrayList<>();
    List<OutlineNode> roots = new ArrayList<>();
    List<OutlineNode> items = new ArrayList<>();
    String heading = null;
    Span headingSpan = null;
    int at = 0;
    for (String line : text.split("\n", -1)) {
      Span span = new Span(at, at + line.length());
      if (!line.isBlank()) {
        sentences.add(new Sentence(sentences.size(), span, line));
      }
      String t = line.strip();
      if (t.startsWith("□") || t.matches("^[①-⑳].*")) {
        if (heading != null) {
          roots.add(new OutlineNode(NodeKind.GROUP, "□", heading, headingSpan, items));
        }
        heading = t.substring(1).strip();
        headingSpan = span;
        items = new ArrayList<>();
      } else if (heading != null && t.startsWith("-")) {
        items.add(new OutlineNode(NodeKind.ITEM, "-", t.substring(1).strip(), span, List.of()));
      }
      at += line.length() + 1;
    }
    if (heading != null) {
      roots.add(new OutlineNode(NodeKind.GROUP, "□", heading, headingSpan, items));
    }
    doc.put(Sentence.KEY, sentences);
    doc.put(Outline.KEY, new Outline(roots));
    List<Mention> mentions = new ArrayList<>();
    Map<String, Entity> entities = new LinkedHashMap<>();
    boolean[] taken = new boolean[text.length()];
    dates.forEach((s, v) -> tag(s, EntityType.DATE, null, v, taken, mentions));
    quantities.forEach((s, v) -> tag(s, EntityType.QUANTITY, null, v, taken, mentions));
    for (Form f : FORMS) {
      if (tag(f.text(), f.type(), f.id(), null, taken, mentions)) {
        entities.computeIfAbsent(f.id(), id -> new Entity(id, f.type(), f.text(),
            List.of(f.text()), f.code(), null, "gazetteer"));
      }
    }
    mentions.sort(Comparator.comparingInt(m -> m.span().start()));
    doc.put(Mention.KEY, mentions);
    doc.put(Entity.KEY, List.copyOf(entities.values()));
    return doc;
  }

  private boolean tag(String surface, EntityType type, String id, String value, boolean[] taken,
      List<Mention> out) {
    boolean any = false;
    boolean latin = surface.chars().allMatch(c -> c < 0x3000);
    for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      int end = i + surface.length();
      if (latin && (i > 0 && isLatin(text.charAt(i - 1))
          || end < text.length() && isLatin(text.charAt(end)))) {
        continue;
      }
      if (!latin && type == EntityType.GPE && surface.length() == 1 && !compound(i)) {
        continue;
      }
      boolean free = true;
      for (int k = i; k < end; k++) {
        free &= !taken[k];
      }
      if (free) {
        for (int k = i; k < end; k++) {
          taken[k] = true;
        }
        out.add(new Mention(type, new Span(i, end), surface, id, value, "test"));
        any = true;
      }
    }
    return any;
  }

  private static boolean isLatin(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  /** A one-syllable state form counts in press compounds (북러, 대북, 한미) and before a space. */
  private boolean compound(int i) {
    String around = text.substring(Math.max(0, i - 2), Math.min(text.length(), i + 3));
    return around.matches(".*(대[북러중미]|[북러중미한]{2,3}|[北美中][ 의·]).*")
        || i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '·');
  }
}
