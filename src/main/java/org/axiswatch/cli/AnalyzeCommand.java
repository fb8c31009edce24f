package org.axiswatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.axiswatch.Analyzer;
import org.axiswatch.outputs.AnalysisJson;
import org.axiswatch.outputs.AnalysisText;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch analyze FILE [--json]: analyse one document without storing it. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse one document and print what was found (nothing is stored).")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "a .txt, .md, .html or .pdf file")
  Path file;

  @Option(names = "--json", description = "print the analysis JSON (docs/analysis-json.md)")
  boolean json;

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    try {
      AnalyzedDocument doc = Analyzer.standard().analyze(file);
      out.println(json ? AnalysisJson.write(doc) : AnalysisText.write(doc));
      return ExitCodes.OK;
    } catch (ReadException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }
}
