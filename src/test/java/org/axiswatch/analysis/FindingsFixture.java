package org.axiswatch.analysis;

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
import org.axiswatch.structure.Sentence;

/**
 * Two analysed documents written for the tests (a Korean brief and an English news story), with
 * the records the stages would give, built from the real text so every span points at its
 * evidence. Not the seed: the seed's facts belong to its own test only.
 */
public final class FindingsFixture {
  public static final String KO_TEXT = """
      북러 정상회담과 포괄적 전략동반자 조약

      2024. 6. 21. 김민수

      1. 배경
      - 푸틴 대통령은 6월 19일 평양을 방문해 김정은 위원장과 정상회담을 열었다.
      - 양측은 같은 날 포괄적 전략동반자 관계 조약에 서명했다.
      - 국가정보원은 북한이 지난해 8월 이후 컨테이너 1만 개 분량의 포탄을 러시아에 보냈다고 밝혔다.
      2. 가능성과 한계
      - 러시아가 북한에 정찰위성 기술을 제공할 가능성이 높다.
      - 다만 러시아가 핵추진 잠수함 기술까지 넘길 가능성은 낮다.
      3. 대응
      - 정부는 독자 제재 대상을 확대하고 우방국과 해상 감시를 강화해야 한다.
      """;

  public static final String EN_TEXT = """
      North Korean troops deploy to Russia's Kursk region

      Seoul, 18 October 2024

      South Korea's National Intelligence Service said on October 18 that North Korea had sent about 1,500 special forces troops to Russia.
      The NIS said North Korean workers were also dispatched to Russian construction sites.
      Russia shipped wheat to North Korea in September, according to customs data.
      Payments were routed through the Korea Mining Development Trading Corporation, the NIS said.
      Analysts said Russia would likely pay Pyongyang in oil and hard currency.
      Seoul should coordinate new sanctions with Washington and Tokyo, the report recommended.
      """;

  static final Entity PRK = new Entity("PRK", EntityType.GPE, "North Korea",
      List.of("북한", "North Korea", "Pyongyang"), "PRK", "Q423", "gazetteer");
  static final Entity RUS = new Entity("RUS", EntityType.GPE, "Russia",
      List.of("러시아", "Russia"), "RUS", "Q159", "gazetteer");
  static final Entity KOR = new Entity("KOR", EntityType.GPE, "South Korea",
      List.of("South Korea", "Seoul", "한국"), "KOR", "Q884", "gazetteer");
  static final Entity PUTIN = new Entity("vladimir-putin", EntityType.PERSON, "Vladimir Putin",
      List.of("푸틴"), null, "Q7747", "gazetteer");
  static final Entity KIM = new Entity("kim-jong-un", EntityType.PERSON, "Kim Jong Un",
      List.of("김정은"), null, "Q56226", "gazetteer");
  static final Entity PYONGYANG = new Entity("pyongyang", EntityType.LOC, "Pyongyang",
      List.of("평양"), null, null, "gazetteer");
  static final Entity NIS = new Entity("national-intelligence-service", EntityType.ORG,
      "National Intelligence Service", List.of("국가정보원", "National Intelligence Service", "NIS"),
      null, null, "gazetteer");
  static final Entity KURSK = new Entity("kursk-oblast", EntityType.LOC, "Kursk Oblast",
      List.of("Kursk"), null, null, "gazetteer");
  static final Entity KOMID = new Entity("org:korea mining development trading corporation",
      EntityType.ORG, "Korea Mining Development Trading Corporation",
      List.of("Korea Mining Development Trading Corporation"), null, null, "context");
  static final Entity SHELLS = new Entity("artillery-shell", EntityType.WEAPON, "artillery shells",
      List.of("포탄"), null, null, "gazetteer");

  private FindingsFixture() {}

  /** Both documents, Korean first. */
  public static List<AnalyzedDocument> documents() {
    return List.of(korean(), english());
  }

  public static Findings findings() {
    return Findings.of(documents());
  }

  static AnalyzedDocument korean() {
    Doc d = new Doc(KO_TEXT, "ko-brief.txt");
    d.doc.put(DocumentInfo.KEY, new DocumentInfo(Language.KO, new PartialDate(2024, 6, 21),
        "북러 정상회담과 포괄적 전략동반자 조약", "김민수"));
    d.doc.put(Entity.KEY, List.of(PRK, RUS, PUTIN, KIM, PYONGYANG, NIS, SHELLS));
    d.doc.put(Event.KEY, List.of(
        d.event(EventType.VISIT, new PartialDate(2024, 6, 19), List.of("vladimir-putin", "PRK"),
            "pyongyang", "6월 19일 평양을 방문해", "CONSULT", "visit"),
        d.event(EventType.MEETING, new PartialDate(2024, 6, 19),
            List.of("vladimir-putin", "kim-jong-un"), "pyongyang", "김정은 위원장과 정상회담을 열었다",
            "CONSULT", "meet"),
        d.event(EventType.POLICY, new PartialDate(2024, 6, 19), List.of("PRK", "RUS"), null,
            "포괄적 전략동반자 관계 조약에 서명했다", "AGREE", "sign")));
    d.doc.put(Exchange.KEY, List.of(
        d.exchange("PRK", "RUS", ExchangeCategory.CONVENTIONAL_ARMS, "포탄", ExchangeStatus.OCCURRED,
            "컨테이너 1만 개", "북한이 지난해 8월 이후 컨테이너 1만 개 분량의 포탄을 러시아에 보냈다"),
        d.exchange("RUS", "PRK", ExchangeCategory.MISSILE_SPACE_TECHNOLOGY, "정찰위성 기술",
            ExchangeStatus.POSSIBLE, null, "러시아가 북한에 정찰위성 기술을 제공할 가능성이 높다")));
    d.doc.put(Decision.KEY, List.of(
        new Decision(0, Verdict.PROHIBITED, List.of(
            new Citation("1718", "8(b)", "arms and related materiel from the DPRK"),
            new Citation("1874", "9", "all arms exports by the DPRK")), "arms from the DPRK"),
        new Decision(1, Verdict.PROHIBITED, List.of(
            new Citation("1718", "8(c)", "technical assistance related to ballistic missiles")),
            "launch-vehicle technology to the DPRK")));
    d.doc.put(Claim.KEY, List.of(
        d.claim(ClaimKind.POSSIBILITY, "러시아가 북한에 정찰위성 기술을 제공할 가능성이 높다",
            new Estimative("가능성이 높다", EstimativeLevel.LIKELY)),
        d.claim(ClaimKind.LIMITATION, "러시아가 핵추진 잠수함 기술까지 넘길 가능성은 낮다",
            new Estimative("가능성은 낮다", EstimativeLevel.UNLIKELY)),
        d.claim(ClaimKind.RECOMMENDATION, "정부는 독자 제재 대상을 확대하고 우방국과 해상 감시를 강화해야 한다",
            null)));
    return d.doc;
  }

  static AnalyzedDocument english() {
    Doc d = new Doc(EN_TEXT, "en-news.html");
    d.doc.put(DocumentInfo.KEY, new DocumentInfo(Language.EN, new PartialDate(2024, 10, 18),
        "North Korean troops deploy to Russia's Kursk region", null));
    d.doc.put(Entity.KEY, List.of(PRK, RUS, KOR, NIS, KURSK, KOMID));
    d.doc.put(Event.KEY, List.of(
        d.event(EventType.REPORT, new PartialDate(2024, 10, 18),
            List.of("national-intelligence-service"), null,
            "National Intelligence Service said on October 18", "CONSULT", "disclose"),
        d.event(EventType.MILITARY_ACTION, PartialDate.ofMonth(2024, 10), List.of("PRK", "RUS"),
            "kursk-oblast", "North Korea had sent about 1,500 special forces troops to Russia",
            "MOBILIZE", "troops")));
    d.doc.put(Exchange.KEY, List.of(
        d.exchange("PRK", "RUS", ExchangeCategory.MILITARY_COOPERATION, "special forces troops",
            ExchangeStatus.REPORTED, "about 1,500",
            "North Korea had sent about 1,500 special forces troops to Russia"),
        d.exchange("PRK", "RUS", ExchangeCategory.LABOUR, "workers", ExchangeStatus.REPORTED, null,
            "North Korean workers were also dispatched to Russian construction sites"),
        d.exchange("RUS", "PRK", ExchangeCategory.FOOD, "wheat", ExchangeStatus.OCCURRED, null,
            "Russia shipped wheat to North Korea in September"),
        d.exchange("RUS", "PRK", ExchangeCategory.PETROLEUM, "oil", ExchangeStatus.POSSIBLE, null,
            "Russia would likely pay Pyongyang in oil and hard currency")));
    d.doc.put(Decision.KEY, List.of(
        new Decision(0, Verdict.UNCLEAR, List.of(), "no provision names troop deployments"),
        new Decision(1, Verdict.PROHIBITED, List.of(
            new Citation("2397", "8", "DPRK nationals earning income abroad")), "workers abroad"),
        new Decision(2, Verdict.NOT_PROHIBITED, List.of(), "food is not covered"),
        new Decision(3, Verdict.RESTRICTED, List.of(
            new Citation("2397", "5", "refined petroleum cap of 500,000 barrels a year")),
            "petroleum under a cap")));
    d.doc.put(Claim.KEY, List.of(
        d.claim(ClaimKind.REPORT, "North Korean workers were also dispatched to Russian construction sites",
            null),
        d.claim(ClaimKind.POSSIBILITY, "Russia would likely pay Pyongyang in oil and hard currency",
            new Estimative("likely", EstimativeLevel.LIKELY)),
        d.claim(ClaimKind.RECOMMENDATION,
            "Seoul should coordinate new sanctions with Washington and Tokyo", null)));
    d.doc.put(ScreeningHit.KEY, List.of(new ScreeningHit(KOMID.id(), "UN", "KPe.001",
        "KOREA MINING DEVELOPMENT TRADING CORPORATION", 1.0, "all name parts equal")));
    return d.doc;
  }

  /** Builds records whose spans are found in the text, so a wrong fragment fails loudly. */
  private static final class Doc {
    final String text;
    final AnalyzedDocument doc = new AnalyzedDocument();

    Doc(String text, String file) {
      this.text = text;
      doc.put(SourceDocument.KEY, new SourceDocument(sha256(text), file, "text/plain", "UTF-8",
          text, text.getBytes(StandardCharsets.UTF_8).length));
      List<Sentence> sentences = new ArrayList<>();
      int start = 0;
      for (String line : text.split("\n", -1)) {
        if (!line.isBlank()) {
          sentences.add(new Sentence(sentences.size(), new Span(start, start + line.length()), line));
        }
        start += line.length() + 1;
      }
      doc.put(Sentence.KEY, sentences);
    }

    Span span(String fragment) {
      int at = text.indexOf(fragment);
      if (at < 0) {
        throw new IllegalArgumentException("not in the text: " + fragment);
      }
      return new Span(at, at + fragment.length());
    }

    Event event(EventType type, PartialDate date, List<String> actors, String place,
        String evidence, String category, String mode) {
      return new Event(type, date, actors, place, span(evidence), evidence,
          new Plover(category, mode, List.of("military", "diplomatic")));
    }

    Exchange exchange(String from, String to, ExchangeCategory c, String item, ExchangeStatus s,
        String quantity, String evidence) {
      return new Exchange(from, to, c, item, s, quantity, span(evidence), evidence);
    }

    Claim claim(ClaimKind kind, String text, Estimative est) {
      return new Claim(kind, null, null, text, span(text), est, 'F', 6);
    }
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
