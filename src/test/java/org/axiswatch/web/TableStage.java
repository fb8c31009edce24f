package org.axiswatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.RepairedText;
import org.axiswatch.sanctions.Citation;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.sanctions.Verdict;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;

/**
 * A stand-in for the analysis stages in web tests: names from a fixed table become mentions and
 * entities; a line with an ISO date is an event of the entities on it; a line saying 제공/supplied
 * is an exchange between its first two states of its first weapon, judged PROHIBITED under 1718
 * ¶8(a); a line starting with a digit and a dot is a section. The web layer is tested, not
 * extraction, so the stand-in is plain and predictable.
 */
final class TableStage implements Stage {
  record Name(String form, String id, EntityType type, String english) {}

  static final List<Name> NAMES = List.of(
      new Name("북한", "PRK", EntityType.GPE, "North Korea"),
      new Name("North Korea", "PRK", EntityType.GPE, "North Korea"),
      new Name("러시아", "RUS", EntityType.GPE, "Russia"),
      new Name("Russia", "RUS", EntityType.GPE, "Russia"),
      new Name("김정은", "kim-jong-un", EntityType.PERSON, "Kim Jong Un"),
      new Name("푸틴", "vladimir-putin", EntityType.PERSON, "Vladimir Putin"),
      new Name("Vladimir Putin", "person:vladimir putin", EntityType.PERSON, "Vladimir Putin"),
      new Name("김영철", "kim-yong-chol", EntityType.PERSON, "Kim Yong Chol"),
      new Name("포탄", "artillery-shell", EntityType.WEAPON, "artillery shell"),
      new Name("artillery shells", "artillery-shell", EntityType.WEAPON, "artillery shell"),
      new Name("<img src=x onerror=window.pwned=1>", "org:hostile", EntityType.ORG,
          "<img src=x onerror=window.pwned=1>"));
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  @Override
  public Set<Key<?>> requires() {
    return Set.of(RepairedText.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(DocumentInfo.KEY, Outline.KEY, Mention.KEY, Entity.KEY, Event.KEY, Exchange.KEY,
        Claim.KEY, Decision.KEY, ScreeningHit.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument doc) {
    String text = doc.get(RepairedText.KEY).original();
    List<Mention> mentions = new ArrayList<>();
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (Name n : NAMES) {
      for (int i = text.indexOf(n.form()); i >= 0; i = text.indexOf(n.form(), i + 1)) {
        mentions.add(new Mention(n.type(), new Span(i, i + n.form().length()), n.form(), n.id(), null, "gazetteer"));
        Entity old = entities.get(n.id());
        List<String> names = new ArrayList<>(old == null ? List.of() : old.names());
        if (!names.contains(n.form())) {
          names.add(n.form());
        }
        entities.put(n.id(), new Entity(n.id(), n.type(), n.english(), names,
            n.type() == EntityType.GPE ? n.id() : null, null, "gazetteer"));
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    List<Event> events = new ArrayList<>();
    List<Exchange> exchanges = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    List<OutlineNode> sections = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    int at = 0;
    for (String line : text.split("\n", -1)) {
      Span span = new Span(at, at + line.length());
      List<Mention> inLine = mentions.stream().filter(m -> span.contains(m.span())).toList();
      Matcher d = DATE.matcher(line);
      if (d.find()) {
        events.add(new Event(EventType.MEETING, PartialDate.parse(d.group()),
            inLine.stream().filter(m -> m.type() == EntityType.PERSON || m.type() == EntityType.GPE)
                .map(Mention::entity).distinct().toList(),
            null, span, line, new Plover("CONSULT", "meet", List.of("diplomatic"))));
      }
      List<String> states = inLine.stream().filter(m -> m.type() == EntityType.GPE).map(Mention::entity).distinct().toList();
      List<Mention> weapons = inLine.stream().filter(m -> m.type() == EntityType.WEAPON).toList();
      if ((line.contains("제공") || line.contains("supplied")) && states.size() >= 2 && !weapons.isEmpty()) {
        decisions.add(new Decision(exchanges.size(), Verdict.PROHIBITED,
            List.of(new Citation("1718", "8(a)", "arms exports from the DPRK are banned")), "arms transfer"));
        exchanges.add(new Exchange(states.get(0), states.get(1), ExchangeCategory.CONVENTIONAL_ARMS,
            weapons.get(0).text(), ExchangeStatus.REPORTED, null, span, line));
      }
      if (line.contains("밝혔다") || line.contains(" said")) {
        claims.add(new Claim(ClaimKind.REPORT, inLine.stream().filter(m -> m.type() == EntityType.PERSON)
            .map(Mention::entity).findFirst().orElse(null), null, line, span, null, 'F', 6));
      }
      if (line.matches("\\d\\.\\s.*")) {
        sections.add(new OutlineNode(NodeKind.SECTION, line.substring(0, 2), line.substring(3), span, List.of()));
      }
      at += line.length() + 1;
    }
    List<ScreeningHit> hits = entities.containsKey("kim-yong-chol")
        ? List.of(new ScreeningHit("kim-yong-chol", "UN", "KPi.999", "KIM YONG CHOL", 0.9,
            "family and given name match by romanization"))
        : List.of();
    doc.put(DocumentInfo.KEY, new DocumentInfo(text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)
        ? Language.KO : Language.EN, events.isEmpty() ? null : events.get(0).date(), null, null));
    doc.put(Outline.KEY, new Outline(sections));
    doc.put(Mention.KEY, mentions);
    doc.put(Entity.KEY, List.copyOf(entities.values()));
    doc.put(Event.KEY, events);
    doc.put(Exchange.KEY, exchanges);
    doc.put(Claim.KEY, claims);
    doc.put(Decision.KEY, decisions);
    doc.put(ScreeningHit.KEY, hits);
  }
}
