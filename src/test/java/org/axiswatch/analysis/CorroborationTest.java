package org.axiswatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.ClaimKind;
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
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Sentence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims graded by corroboration over the embedded store: news items in Korean and English that
 * report one arms delivery from different sources, some denying it.
 */
class CorroborationTest {
  @TempDir Path dir;
  Database db;
  KnowledgeBase kb;
  Ingester ingester;

  /** 국정원 via Yonhap: the delivery happened. */
  static final AnalyzedDocument YONHAP = new Item("yonhap.txt", "연합뉴스",
      "국가정보원은 러시아가 북한에 포탄을 공급했다고 밝혔다. 회담 일정은 아직 정해지지 않았다.")
      .source("org:국가정보원", "국가정보원")
      .arms("러시아가 북한에 포탄을 공급했다", ExchangeStatus.OCCURRED)
      .report("org:국가정보원", "국가정보원은 러시아가 북한에 포탄을 공급했다고 밝혔다")
      .report(null, "회담 일정은 아직 정해지지 않았다")
      .build();
  /** The Pentagon via Reuters: the delivery happened. */
  static final AnalyzedDocument REUTERS = new Item("reuters.txt", "Reuters",
      "The Pentagon said Russia delivered artillery shells to North Korea last month.")
      .source("org:pentagon", "Pentagon")
      .arms("Russia delivered artillery shells to North Korea", ExchangeStatus.OCCURRED)
      .report("org:pentagon", "The Pentagon said Russia delivered artillery shells to North Korea")
      .build();
  /** The Joint Chiefs via another outlet: the delivery happened. */
  static final AnalyzedDocument NKNEWS = new Item("nknews.txt", "NK News",
      "South Korea's Joint Chiefs of Staff said Russia shipped artillery shells to North Korea.")
      .source("org:jcs", "Joint Chiefs of Staff")
      .arms("Russia shipped artillery shells to North Korea", ExchangeStatus.OCCURRED)
      .report("org:jcs", "South Korea's Joint Chiefs of Staff said Russia shipped artillery shells")
      .build();
  /** 국정원 again, via another outlet: the same origin as Yonhap's item. */
  static final AnalyzedDocument KBS = new Item("kbs.txt", "KBS",
      "국정원에 따르면 러시아는 북한에 포탄을 넘겼다.")
      .source("org:국가정보원", "국정원")
      .arms("러시아는 북한에 포탄을 넘겼다", ExchangeStatus.OCCURRED)
      .report("org:국가정보원", "국정원에 따르면 러시아는 북한에 포탄을 넘겼다")
      .build();
  /** Moscow denies it. */
  static final AnalyzedDocument TASS = new Item("tass.txt", "TASS",
      "Russia's Foreign Ministry denied that Russia supplied artillery shells to North Korea.")
      .source("org:mfa-russia", "Foreign Ministry")
      .arms("Russia supplied artillery shells to North Korea", ExchangeStatus.DENIED)
      .report("org:mfa-russia", "Russia's Foreign Ministry denied that Russia supplied artillery shells")
      .build();
  /** Pyongyang denies it too. */
  static final AnalyzedDocument KCNA = new Item("kcna.txt", "조선중앙통신",
      "조선중앙통신은 러시아가 우리에게 포탄을 제공하지 않았다고 부인했다.")
      .source("org:kcna", "조선중앙통신")
      .arms("러시아가 우리에게 포탄을 제공하지 않았다", ExchangeStatus.DENIED)
      .report("org:kcna", "조선중앙통신은 러시아가 우리에게 포탄을 제공하지 않았다고 부인했다")
      .build();

  @BeforeEach
  void setUp() throws Exception {
    db = Database.openEmbedded(dir);
    kb = new KnowledgeBase(db);
    ingester = new Ingester(db, null, new DocumentWriter(new CrossDocumentResolver()));
  }

  @AfterEach
  void tearDown() throws Exception {
    db.close();
  }

  private void store(AnalyzedDocument... docs) {
    for (AnalyzedDocument d : docs) {
      assertThat(ingester.store(Path.of(d.get(SourceDocument.KEY).fileName()), d).status())
          .isEqualTo(Ingester.Status.STORED);
    }
  }

  private ClaimFinding claim(AnalyzedDocument doc, String start) throws Exception {
    String id = doc.get(SourceDocument.KEY).id();
    return StoredFindings.load(kb, Selection.ALL).claims().stream()
        .filter(c -> c.source().documentId().equals(id) && c.claim().text().startsWith(start))
        .findFirst().orElseThrow();
  }

  @Test
  void twoIndependentSourcesConfirm() throws Exception {
    store(YONHAP, REUTERS, NKNEWS);
    ClaimFinding c = claim(YONHAP, "국가정보원은");
    assertThat(c.claim().credibility()).isEqualTo(1);
    assertThat(c.credibilityReason()).startsWith("confirmed by 2 other documents")
        .contains("Reuters item").contains("NK News item");
    assertThat(claim(REUTERS, "The Pentagon").claim().credibility()).isEqualTo(1);
  }

  @Test
  void oneIndependentSourceMakesItProbable() throws Exception {
    store(YONHAP, REUTERS);
    ClaimFinding c = claim(REUTERS, "The Pentagon");
    assertThat(c.claim().credibility()).isEqualTo(2);
    assertThat(c.credibilityReason()).contains("연합뉴스 item");
  }

  @Test
  void twoOutletsQuotingOneAgencyAreOneSource() throws Exception {
    store(YONHAP, KBS);
    ClaimFinding c = claim(KBS, "국정원에");
    assertThat(c.claim().credibility()).isEqualTo(3);
    assertThat(c.credibilityReason()).startsWith("possibly true");
  }

  @Test
  void oneDenialMakesItDoubtfulBothWays() throws Exception {
    store(YONHAP, REUTERS, NKNEWS, TASS);
    ClaimFinding c = claim(YONHAP, "국가정보원은");
    assertThat(c.claim().credibility()).isEqualTo(4);
    assertThat(c.credibilityReason()).startsWith("doubtful").contains("TASS item")
        .contains("status (DENIED)");
    ClaimFinding denial = claim(TASS, "Russia's Foreign Ministry");
    assertThat(denial.claim().credibility()).isEqualTo(4);
    assertThat(denial.credibilityReason()).contains("status (OCCURRED)");
  }

  @Test
  void twoIndependentDenialsMakeItImprobable() throws Exception {
    store(REUTERS, TASS, KCNA);
    ClaimFinding c = claim(REUTERS, "The Pentagon");
    assertThat(c.claim().credibility()).isEqualTo(5);
    assertThat(c.credibilityReason()).startsWith("improbable: denied by 2 documents");
  }

  @Test
  void claimCarryingNoFactCannotBeJudged() throws Exception {
    store(YONHAP, REUTERS, NKNEWS);
    ClaimFinding c = claim(YONHAP, "회담 일정은");
    assertThat(c.claim().credibility()).isEqualTo(6);
    assertThat(c.credibilityReason()).startsWith("cannot be judged");
  }

  @Test
  void aFactOnlyOneDocumentReportsCannotBeJudged() throws Exception {
    store(YONHAP);
    assertThat(claim(YONHAP, "국가정보원은").claim().credibility()).isEqualTo(6);
  }

  @Test
  void storedGradeStaysAsExtractedAndReingestChangesNothing() throws Exception {
    store(YONHAP, REUTERS, NKNEWS);
    List<ClaimFinding> before = StoredFindings.load(kb, Selection.ALL).claims();
    Map<String, Long> rows = kb.rowCounts();
    for (AnalyzedDocument d : List.of(YONHAP, REUTERS, NKNEWS)) {
      assertThat(ingester.store(Path.of(d.get(SourceDocument.KEY).fileName()), d).status())
          .isEqualTo(Ingester.Status.ALREADY_STORED);
    }
    assertThat(kb.rowCounts()).isEqualTo(rows);
    assertThat(StoredFindings.load(kb, Selection.ALL).claims()).isEqualTo(before);
    String yonhap = YONHAP.get(SourceDocument.KEY).id();
    assertThat(kb.load(yonhap).orElseThrow().analysis().get(Claim.KEY))
        .extracting(Claim::credibility).containsOnly(6);
  }

  @Test
  void gradeMovesAsDocumentsArrive() throws Exception {
    store(YONHAP);
    assertThat(claim(YONHAP, "국가정보원은").claim().credibility()).isEqualTo(6);
    store(REUTERS);
    assertThat(claim(YONHAP, "국가정보원은").claim().credibility()).isEqualTo(2);
    store(NKNEWS);
    assertThat(claim(YONHAP, "국가정보원은").claim().credibility()).isEqualTo(1);
  }

  @Test
  void eventDaysApartConflict() throws Exception {
    AnalyzedDocument early = new Item("early.txt", "Yonhap",
        "Officials said Russian and North Korean defence ministers met in Moscow on 5 March.")
        .meeting("Russian and North Korean defence ministers met in Moscow on 5 March", "2024-03-05")
        .report(null, "Officials said Russian and North Korean defence ministers met")
        .build();
    AnalyzedDocument late = new Item("late.txt", "NK News",
        "Russian and North Korean defence ministers met in Moscow on 28 March, state media said.")
        .meeting("Russian and North Korean defence ministers met in Moscow on 28 March", "2024-03-28")
        .build();
    AnalyzedDocument sameDay = new Item("sameday.txt", "Reuters",
        "Russian and North Korean defence ministers met in Moscow on 6 March, a diplomat said.")
        .meeting("Russian and North Korean defence ministers met in Moscow on 6 March", "2024-03-06")
        .build();
    store(early, sameDay);
    ClaimFinding agreed = claim(early, "Officials said");
    assertThat(agreed.claim().credibility()).isEqualTo(3);
    assertThat(agreed.credibilityReason()).startsWith("possibly true: the author's judgement");
    store(late);
    ClaimFinding c = claim(early, "Officials said");
    assertThat(c.claim().credibility()).isEqualTo(4);
    assertThat(c.credibilityReason()).contains("conflicting date").contains("NK News item");
  }

  @Test
  void briefShowsTheGradedPossibility() throws Exception {
    AnalyzedDocument brief = new Item("brief.txt", "Institute",
        "향후 러시아가 북한에 포탄을 추가로 공급할 가능성이 있다.")
        .arms("러시아가 북한에 포탄을 추가로 공급할", ExchangeStatus.POSSIBLE)
        .judge(ClaimKind.POSSIBILITY, "향후 러시아가 북한에 포탄을 추가로 공급할 가능성이 있다")
        .build();
    store(brief, REUTERS);
    Findings f = StoredFindings.load(kb, Selection.ALL);
    String md = org.axiswatch.outputs.BriefMarkdown.write(BriefContent.of(f, Selection.ALL),
        Language.EN);
    assertThat(md).contains("가능성이 있다 \\[Admiralty F3\\]");
    store(NKNEWS);
    assertThat(claim(brief, "향후").claim().credibility()).isEqualTo(3);
  }

  @Test
  void scaleFileProblemsNameFileAndLine() {
    String bad = "confirmed_origins: 2\nprobable_origins: one\n";
    assertThatThrownBy(() -> CredibilityScale.read(
        new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "t.yaml"))
        .hasMessageStartingWith("t.yaml:2: probable_origins must be a whole number");
    assertThatThrownBy(() -> CredibilityScale.read(
        new ByteArrayInputStream("confirmed_origins: 2\n".getBytes(StandardCharsets.UTF_8)), "t.yaml"))
        .hasMessageContaining("missing key");
    assertThat(CredibilityScale.standard().confirmedOrigins()).isEqualTo(2);
  }

  @Test
  void eventDaysWithinToleranceAgree() {
    assertThat(Corroboration.datesConflict(PartialDate.parse("2024-03-12"),
        PartialDate.parse("2024-03-13"), 1)).isFalse();
    assertThat(Corroboration.datesConflict(PartialDate.parse("2024-03-12"),
        PartialDate.parse("2024-03-20"), 1)).isTrue();
    assertThat(Corroboration.datesConflict(PartialDate.parse("2024-03"),
        PartialDate.parse("2024-03-20"), 0)).isFalse();
  }

  /** A one-sentence news item with its source entity, one arms delivery and its claims. */
  static final class Item {
    private final String text;
    private final String fileName;
    private final String publisher;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    Item(String fileName, String publisher, String text) {
      this.fileName = fileName;
      this.publisher = publisher;
      this.text = text;
      boolean ko = text.chars().anyMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3);
      entity("RUS", EntityType.GPE, "Russia", ko ? "러시아" : "Russia");
      entity("PRK", EntityType.GPE, "North Korea", ko ? (text.contains("북한") ? "북한" : "우리")
          : "North Korea");
    }

    private Span span(String part) {
      int i = text.indexOf(part);
      if (i < 0) {
        throw new IllegalArgumentException("not in text: " + part);
      }
      return new Span(i, i + part.length());
    }

    private void entity(String id, EntityType type, String name, String form) {
      entities.add(new Entity(id, type, name, List.of(form), id.matches("[A-Z]{3}") ? id : null,
          null, "gazetteer"));
      mentions.add(new Mention(type, span(form), form, id, null, "gazetteer"));
    }

    Item source(String id, String form) {
      entity(id, EntityType.ORG, form, form);
      return this;
    }

    Item arms(String evidence, ExchangeStatus status) {
      exchanges.add(new Exchange("RUS", "PRK", ExchangeCategory.CONVENTIONAL_ARMS,
          text.contains("포탄") ? "포탄" : "artillery shells", status, null, span(evidence), evidence));
      return this;
    }

    Item meeting(String evidence, String iso) {
      events.add(new Event(EventType.MEETING, PartialDate.parse(iso), List.of("RUS", "PRK"), null,
          span(evidence), evidence, new Plover("CONSULT", null, List.of("military"))));
      return this;
    }

    Item judge(ClaimKind kind, String said) {
      claims.add(new Claim(kind, null, null, said, span(said), null, 'F', 6));
      return this;
    }

    Item report(String source, String said) {
      claims.add(new Claim(source == null ? ClaimKind.ASSESSMENT : ClaimKind.REPORT, source, null,
          said, span(said), null, 'F', 6));
      return this;
    }

    AnalyzedDocument build() {
      AnalyzedDocument doc = new AnalyzedDocument();
      doc.put(SourceDocument.KEY, new SourceDocument(sha256(text), fileName, "text/plain", "UTF-8",
          text, text.getBytes(StandardCharsets.UTF_8).length));
      boolean ko = text.chars().anyMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3);
      doc.put(DocumentInfo.KEY, new DocumentInfo(ko ? Language.KO : Language.EN,
          PartialDate.parse("2024-03-12"), publisher + " item", publisher));
      doc.put(Sentence.KEY, List.of(new Sentence(0, new Span(0, text.length()), text)));
      doc.put(Mention.KEY, List.copyOf(mentions));
      doc.put(Entity.KEY, List.copyOf(entities));
      doc.put(Event.KEY, List.copyOf(events));
      doc.put(Exchange.KEY, List.copyOf(exchanges));
      doc.put(Claim.KEY, List.copyOf(claims));
      doc.put(Decision.KEY, List.<Decision>of());
      doc.put(ScreeningHit.KEY, List.<ScreeningHit>of());
      return doc;
    }

    private static String sha256(String text) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
