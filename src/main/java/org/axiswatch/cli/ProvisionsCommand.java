package org.axiswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.sanctions.Provision;
import org.axiswatch.sanctions.ProvisionRule;
import org.axiswatch.sanctions.Regime;
import org.axiswatch.sanctions.RegimeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** axiswatch provisions [--resolution N] [--regime UN] [--json]: browse the regime as data. */
@Command(name = "provisions", mixinStandardHelpOptions = true,
    description = "List the provisions of a sanctions regime, with their verification status "
        + "(V verified, P partial, U unverified), caps, exemptions and sources.")
public final class ProvisionsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--resolution", paramLabel = "N", description = "only this resolution, e.g. 2397")
  String resolution;

  @Option(names = "--regime", defaultValue = "UN", description = "regime (default: ${DEFAULT-VALUE})")
  String regimeName;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    Regime regime = RegimeReader.shipped().get(regimeName);
    if (regime == null) {
      System.err.println("axiswatch: no regime " + regimeName + "; known: "
          + RegimeReader.shipped().keySet());
      return ExitCodes.BAD_INPUT;
    }
    List<Provision> ps = regime.provisions(resolution);
    if (ps.isEmpty()) {
      System.err.println("axiswatch: regime " + regimeName + " has no resolution " + resolution);
      return ExitCodes.BAD_INPUT;
    }
    if (json) {
      ArrayNode arr = JSON.createArrayNode();
      for (Provision p : ps) {
        ObjectNode o = arr.addObject();
        o.put("regime", p.regime()).put("resolution", p.resolution())
            .put("paragraph", p.paragraph()).put("topic", p.topic()).put("summary", p.summary())
            .put("wording", p.wording()).put("status", p.status().name())
            .put("status_note", p.statusNote()).put("in_force", p.inForce().toString())
            .put("approval", p.approval()).put("superseded_by", p.supersededBy());
        p.caps().forEach(c -> o.withArray("caps").addObject().put("quantity", c.quantity())
            .put("unit", c.unit()).put("period", c.period()).put("note", c.note()));
        p.exemptions().forEach(o.putArray("exemptions")::add);
        ArrayNode src = o.putArray("sources");
        p.sources().forEach(s -> src.addObject().put("id", s).put("cite", regime.sources().get(s)));
        for (ProvisionRule r : p.rules()) {
          ObjectNode ro = o.withArray("rules").addObject();
          r.categories().forEach(c -> ro.withArray("categories").add(c.name()));
          ro.put("direction", r.direction().name()).put("verdict", r.verdict().name())
              .put("fallback", r.fallback()).put("why", r.why());
          r.items().forEach(ro.putArray("items")::add);
        }
      }
      out.println(JSON.writeValueAsString(arr));
      return ExitCodes.OK;
    }
    for (Provision p : ps) {
      out.printf("%-22s [%s] in force %s  %s%n", p.label(), p.status(), p.inForce(), p.topic());
      out.println("    " + p.summary());
      if (p.wording() != null) {
        out.println("    wording: \"" + p.wording() + "\"");
      }
      if (!p.statusNote().isEmpty()) {
        out.println("    status: " + p.status().description() + " — " + p.statusNote());
      }
      p.caps().forEach(c -> out.println("    cap: " + c + (c.note() == null ? "" : " (" + c.note() + ")")));
      p.exemptions().forEach(e -> out.println("    exemption: " + e));
      if (p.approval() != null) {
        out.println("    approval: " + p.approval());
      }
      if (p.supersededBy() != null) {
        out.println("    superseded by " + p.supersededBy());
      }
      for (ProvisionRule r : p.rules()) {
        out.println("    rule: " + r.categories() + " " + r.direction().name().toLowerCase()
            + (r.items().isEmpty() ? (r.fallback() ? " (default reading)" : "")
                : " if item has " + String.join("/", r.items()))
            + " → " + r.verdict());
      }
      p.sources().forEach(s -> out.println("    source " + s + ": " + regime.sources().get(s)));
    }
    return ExitCodes.OK;
  }
}
