package org.axiswatch.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.ClaimKind;
import org.axiswatch.facts.Estimative;
import org.axiswatch.facts.EstimativeLevel;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.EventType;
import org.axiswatch.facts.Exchange;
import org.axiswatch.facts.ExchangeCategory;
import org.axiswatch.facts.ExchangeStatus;
import org.axiswatch.facts.Plover;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.sanctions.Citation;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.sanctions.Verdict;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;
import org.axiswatch.structure.Sentence;

/**
 * Hand-built analyses of short made-up news items, as the stages would give them, so store tests
 * do not depend on the extraction stages. Spans are found with indexOf in the text itself.
 */
public final class SampleDocuments {
  private final String text;
  private final AnalyzedDocument doc = new AnalyzedDocument();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Exchange> exchanges = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<ScreeningHit> hits = new ArrayList<>();

  public SampleDocuments(String fileName, String text, Language lang, PartialDate date, String title) {
    this.text = text;
    doc.put(SourceDocument.KEY, new SourceDocument(sha256(text), fileName, "text/plain", "UTF-8",
        text, text.getBytes(StandardCharsets.UTF_8).length));
    doc.put(DocumentInfo.KEY, new DocumentInfo(lang, date, title, "Desk"));
    Span whole = new Span(0, text.length());
    doc.put(Outline.KEY, new Outline(List.of(new OutlineNode(NodeKind.SECTION, "1.", title,
        new Span(0, Math.min(10, text.length())),
        List.of(new OutlineNode(NodeKind.ITEM, "-", "body", whole, List.of()))))));
    doc.put(Sentence.KEY, List.of(new Sentence(0, whole, text)));
  }

  public Span span(String part) {
    int i = text.indexOf(part);
    if (i < 0) {
      throw new IllegalArgumentException("not in text: " + part);
    }
    return new Span(i, i + part.length());
  }

  public SampleDocuments entity(String id, EntityType type, String name, String form, String origin) {
    entities.add(new Entity(id, type, name, List.of(form), id.matches("[A-Z]{3}") ? id : null, null,
        origin));
    mentions.add(new Mention(type, span(form), form, id, null, origin));
    return this;
  }

  public SampleDocuments date(String form, String iso) {
    mentions.add(new Mention(EntityType.DATE, span(form), form, null, iso, "pattern"));
    return this;
  }

  public SampleDocuments event(EventType type, String iso, String evidence, String... actors) {
    events.add(new Event(type, iso == null ? null : PartialDate.parse(iso), List.of(actors), null,
        span(evidence), evidence, new Plover("CONSULT", null, List.of("military"))));
    return this;
  }

  public SampleDocuments exchange(String from, String to, ExchangeCategory c, String item,
      ExchangeStatus status, String quantity, String evidence, Verdict verdict) {
    exchanges.add(new Exchange(from, to, c, item, status, quantity, span(evidence), evidence));
    if (verdict != null) {
      decisions.add(new Decision(exchanges.size() - 1, verdict,
          List.of(new Citation("2270", "8", "arms and related materiel")), "test verdict"));
    }
    return this;
  }

  public SampleDocuments hit(String entity, String ref, String listedName) {
    hits.add(new ScreeningHit(entity, "UN", ref, listedName, 0.9, "family and given name agree"));
    return this;
  }

  public AnalyzedDocument build() {
    doc.put(Mention.KEY, List.copyOf(mentions));
    doc.put(Entity.KEY, List.copyOf(entities));
    doc.put(Event.KEY, List.copyOf(events));
    doc.put(Exchange.KEY, List.copyOf(exchanges));
    doc.put(Claim.KEY, List.of(new Claim(ClaimKind.ASSESSMENT, null, null, text, new Span(0,
        text.length()), new Estimative("likely", EstimativeLevel.LIKELY), 'F', 6)));
    doc.put(Decision.KEY, List.copyOf(decisions));
    doc.put(ScreeningHit.KEY, List.copyOf(hits));
    return doc;
  }

  /** An English wire item: Russia delivers shells to North Korea's neighbour's foe. */
  public static AnalyzedDocument englishShells() {
    String t = "Seoul, 12 March 2024. Russia delivered artillery shells to North Korea, "
        + "Defence Minister Shin Won-sik said on 12 March. Shin met Pak Jong Chon in Pyongyang.";
    return new SampleDocuments("wire-en.txt", t, Language.EN, PartialDate.parse("2024-03-12"),
        "Shells to the north")
        .entity("RUS", EntityType.GPE, "Russia", "Russia", "gazetteer")
        .entity("PRK", EntityType.GPE, "North Korea", "North Korea", "gazetteer")
        .entity("person:shin won-sik", EntityType.PERSON, "Shin Won-sik", "Shin Won-sik", "context")
        .entity("pak-jong-chon", EntityType.PERSON, "Pak Jong Chon", "Pak Jong Chon", "gazetteer")
        .date("12 March", "2024-03-12")
        .event(EventType.MEETING, "2024-03-12", "Shin met Pak Jong Chon in Pyongyang",
            "person:shin won-sik", "pak-jong-chon")
        .exchange("RUS", "PRK", ExchangeCategory.CONVENTIONAL_ARMS, "artillery shells",
            ExchangeStatus.OCCURRED, null,
            "Russia delivered artillery shells to North Korea, Defence Minister Shin Won-sik said on 12 March",
            Verdict.PROHIBITED)
        .hit("pak-jong-chon", "KPi.999", "PAK JONG CHON")
        .build();
  }

  /** A Korean item on the same exchange, with another quantity and status, and other spellings. */
  public static AnalyzedDocument koreanShells() {
    String t = "2024년 3월 13일 국방부에 따르면 러시아는 북한에 포탄 10만 발을 제공하기로 합의했다. "
        + "박정천은 3월 12일 평양에서 신원식 장관과 만났다.";
    return new SampleDocuments("news-ko.txt", t, Language.KO, PartialDate.parse("2024-03-13"),
        "러 포탄 제공")
        .entity("RUS", EntityType.GPE, "Russia", "러시아", "gazetteer")
        .entity("PRK", EntityType.GPE, "North Korea", "북한", "gazetteer")
        .entity("pak-jong-chon", EntityType.PERSON, "Pak Jong Chon", "박정천", "gazetteer")
        .entity("person:신원식", EntityType.PERSON, "신원식", "신원식", "context")
        .entity("org:국방부", EntityType.ORG, "국방부", "국방부", "context")
        .date("3월 12일", "2024-03-12")
        .event(EventType.MEETING, "2024-03-11", "박정천은 3월 12일 평양에서 신원식 장관과 만났다",
            "person:신원식", "pak-jong-chon")
        .exchange("RUS", "PRK", ExchangeCategory.CONVENTIONAL_ARMS, "포탄",
            ExchangeStatus.AGREED, "10만 발", "러시아는 북한에 포탄 10만 발을 제공하기로 합의했다",
            Verdict.PROHIBITED)
        .build();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
