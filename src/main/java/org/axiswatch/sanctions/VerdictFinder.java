package org.axiswatch.sanctions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axiswatch.facts.ExchangeCategory;

/**
 * Decides one exchange against a regime, from the regime's data alone. Every rule whose category,
 * direction and item keywords fit is engaged; a fallback rule (the category's default reading)
 * only when no keyword rule fitted. Keywords are read in the item first and, if none fits, in the
 * evidence sentence. The verdict is the strictest the engaged rules give (PROHIBITED over
 * RESTRICTED over UNCLEAR over NOT_PROHIBITED), because one ban is enough to bar an exchange.
 */
public final class VerdictFinder {
  private final Regime regime;

  public VerdictFinder(Regime regime) {
    this.regime = Objects.requireNonNull(regime, "regime");
  }

  public Regime regime() {
    return regime;
  }

  /** What is being decided: codes are ISO alpha-3 or null when the party is not a known state. */
  public record Question(ExchangeCategory category, String fromCode, String toCode, String item,
      String evidence, String quantity) {
    public Question {
      Objects.requireNonNull(category, "category");
      item = item == null ? "" : item;
      evidence = evidence == null ? "" : evidence;
    }

    public Question(ExchangeCategory category, String fromCode, String toCode, String item,
        String evidence) {
      this(category, fromCode, toCode, item, evidence, null);
    }
  }

  /** A provision engaged, with the rule that engaged it. */
  public record Engaged(Provision provision, ProvisionRule rule, String keyword) {}

  /** The answer: verdict, provisions engaged, and why. */
  public record Answer(Verdict verdict, List<Engaged> engaged, String why) {}

  public Answer decide(Question q) {
    Direction dir = direction(q);
    String parties = name(q.fromCode()) + " → " + name(q.toCode());
    if (dir == null) {
      boolean unknown = q.fromCode() == null || q.toCode() == null;
      return new Answer(unknown ? Verdict.UNCLEAR : Verdict.NOT_PROHIBITED, List.of(),
          unknown ? parties + ": a party is not a known state, so it cannot be told whether the "
              + regime.target() + " is involved"
              : parties + ": the " + regime.name() + " regime targets " + regime.target()
                  + ", which is not a party");
    }
    List<Engaged> engaged = match(q, dir, q.item());
    String where = "item";
    if (engaged.stream().noneMatch(e -> e.rule().specific()) && !q.evidence().isBlank()) {
      List<Engaged> fromEvidence = match(q, dir, q.evidence());
      if (fromEvidence.stream().anyMatch(e -> e.rule().specific())) {
        engaged = fromEvidence;
        where = "evidence sentence";
      }
    }
    boolean anySpecific = engaged.stream().anyMatch(e -> e.rule().specific());
    engaged = engaged.stream().filter(e -> !e.rule().fallback() || !anySpecific).toList();
    engaged = onePerProvision(engaged);
    if (engaged.isEmpty()) {
      return new Answer(Verdict.UNCLEAR, List.of(), parties + ", " + q.category() + " \""
          + q.item() + "\": no provision of the " + regime.name() + " regime covers this category "
          + dir.description());
    }
    Verdict verdict = engaged.stream().map(e -> e.rule().verdict())
        .max(Comparator.comparingInt(VerdictFinder::severity)).orElseThrow();
    String why = explain(q, parties, verdict, engaged, where);
    String over = overCap(q, engaged);
    if (verdict == Verdict.RESTRICTED && over != null) {
      // the cap is what made it RESTRICTED; a stated amount above the cap is outside it
      return new Answer(Verdict.PROHIBITED, engaged, why.replaceFirst(": RESTRICTED —",
          ": PROHIBITED (above the cap) —") + "; " + over);
    }
    return new Answer(verdict, engaged, why);
  }

  private static String overCap(Question q, List<Engaged> engaged) {
    StatedQuantity stated = StatedQuantity.read(q.quantity());
    if (stated == null) {
      stated = StatedQuantity.read(q.item());
    }
    if (stated == null) {
      return null;
    }
    for (Engaged e : engaged) {
      if (e.rule().verdict() != Verdict.RESTRICTED) {
        continue;
      }
      for (Cap cap : e.provision().caps()) {
        if (stated.exceeds(cap)) {
          return String.format("the stated %,.0f %s exceed the %s cap of %s", stated.amount(),
              stated.unit(), e.provision().label(), cap);
        }
      }
    }
    return null;
  }

  private List<Engaged> match(Question q, Direction dir, String text) {
    List<Engaged> out = new ArrayList<>();
    for (Provision p : regime.provisions()) {
      for (ProvisionRule r : p.rules()) {
        if (r.covers(q.category(), dir, text)) {
          out.add(new Engaged(p, r, r.specific() ? r.keywordIn(text) : null));
        }
      }
    }
    return out;
  }

  /** A provision is cited once, with its most specific, then strictest, rule. */
  private static List<Engaged> onePerProvision(List<Engaged> engaged) {
    Map<Provision, Engaged> best = new LinkedHashMap<>();
    for (Engaged e : engaged) {
      best.merge(e.provision(), e, (a, b) -> rank(b) > rank(a) ? b : a);
    }
    return new ArrayList<>(best.values());
  }

  private static int rank(Engaged e) {
    return (e.rule().specific() ? 10 : 0) + severity(e.rule().verdict());
  }

  static int severity(Verdict v) {
    return switch (v) {
      case PROHIBITED -> 3;
      case RESTRICTED -> 2;
      case UNCLEAR -> 1;
      case NOT_PROHIBITED -> 0;
    };
  }

  private Direction direction(Question q) {
    boolean to = regime.target().equals(q.toCode());
    boolean from = regime.target().equals(q.fromCode());
    if (to && from) {
      return Direction.BOTH;
    }
    return to ? Direction.TO : from ? Direction.FROM : null;
  }

  private static String name(String code) {
    return code == null ? "?" : code;
  }

  private static String explain(Question q, String parties, Verdict verdict, List<Engaged> engaged,
      String where) {
    StringBuilder w = new StringBuilder();
    w.append(parties).append(", ").append(q.category()).append(" \"").append(q.item())
        .append("\": ").append(verdict).append(" — ");
    List<Engaged> decisive = engaged.stream().filter(e -> e.rule().verdict() == verdict).toList();
    w.append(decisive.stream().map(e -> e.provision().label()
            + (e.keyword() == null ? "" : " (\"" + e.keyword() + "\")"))
        .collect(Collectors.joining(", ")));
    w.append(": ").append(decisive.get(0).rule().why());
    if (verdict == Verdict.RESTRICTED) {
      for (Engaged e : decisive) {
        Provision p = e.provision();
        if (!p.caps().isEmpty()) {
          w.append("; cap ").append(p.label()).append(": ")
              .append(p.caps().stream().map(Cap::toString).collect(Collectors.joining(", ")));
        }
        if (p.approval() != null) {
          w.append("; approval: ").append(p.approval());
        }
      }
    }
    if (verdict == Verdict.UNCLEAR) {
      w.append(" (no provision clearly covers it; nearest provisions cited)");
    }
    if (where.equals("evidence sentence")) {
      w.append(" [keywords read in the evidence sentence, not the item]");
    }
    long unverified = engaged.stream()
        .filter(e -> e.provision().status() != VerificationStatus.V).count();
    if (unverified > 0) {
      w.append(" [").append(unverified).append(" of ").append(engaged.size())
          .append(" provisions not verified (status P/U)]");
    }
    return w.toString();
  }
}
