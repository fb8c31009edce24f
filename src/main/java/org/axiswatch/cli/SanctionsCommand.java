package org.axiswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.axiswatch.Analyzer;
import org.axiswatch.facts.Exchange;
import org.axiswatch.outputs.AnalysisJson;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.ReadException;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch sanctions FILE [--json]: each exchange's verdict and the designated names found. */
@Command(name = "sanctions", mixinStandardHelpOptions = true,
    description = "Analyse a document and decide each exchange against the UN DPRK sanctions; "
        + "screen its people and organisations against the designation lists.")
public final class SanctionsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(paramLabel = "FILE", description = "a .txt, .md, .html or .pdf file")
  Path file;

  @Option(names = "--json", description = "print exchanges, sanctions and screening as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    AnalyzedDocument doc;
    try {
      doc = Analyzer.standard().analyze(file);
    } catch (ReadException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (json) {
      ObjectNode all = AnalysisJson.tree(doc);
      ObjectNode o = JSON.createObjectNode();
      o.set("exchanges", all.get("exchanges"));
      o.set("sanctions", all.get("sanctions"));
      o.set("screening", all.get("screening"));
      out.println(JSON.writeValueAsString(o));
      return ExitCodes.OK;
    }
    List<Exchange> exchanges = doc.find(Exchange.KEY).orElse(List.of());
    List<Decision> decisions = doc.find(Decision.KEY).orElse(List.of());
    if (decisions.isEmpty()) {
      out.println("No exchanges found" + (doc.has(Exchange.KEY) ? "."
          : " (the facts stage that extracts exchanges is not in this build)."));
    }
    for (Decision d : decisions) {
      Exchange x = exchanges.get(d.exchange());
      out.printf("%2d  %s → %s  %-28s %-15s %s%n", d.exchange(), x.from(), x.to(),
          x.category(), d.verdict(), x.item());
      out.println("    " + d.provisions().stream()
          .map(c -> c.resolution() + " OP" + c.paragraph()).collect(Collectors.joining(", ")));
      out.println("    " + d.why());
    }
    List<ScreeningHit> hits = doc.find(ScreeningHit.KEY).orElse(List.of());
    out.println();
    out.println(hits.isEmpty() ? "Screening: no designated person or organisation found."
        : "Screening:");
    for (ScreeningHit h : hits) {
      out.printf("  %s = %s %s %s (score %.2f)%n    %s%n", h.entity(), h.list(), h.ref(),
          h.listedName(), h.score(), h.why());
    }
    return ExitCodes.OK;
  }
}
