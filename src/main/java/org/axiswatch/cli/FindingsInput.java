package org.axiswatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.axiswatch.Analyzer;
import org.axiswatch.analysis.Findings;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.ReadException;

/**
 * Where brief and export read findings from: FILE arguments are analysed directly and nothing is
 * stored. (With no FILE they will read the knowledge base once org.axiswatch.store is wired in.)
 */
final class FindingsInput {
  /** Findings and how many files could not be read. */
  record Loaded(Findings findings, int failed) {}

  private FindingsInput() {}

  static Loaded analyse(List<Path> files, PrintStream err) {
    Analyzer analyzer = Analyzer.standard();
    List<AnalyzedDocument> docs = new ArrayList<>();
    int failed = 0;
    for (Path file : files) {
      try {
        docs.add(analyzer.analyze(file));
      } catch (ReadException e) {
        err.println("axiswatch: " + e.getMessage());
        failed++;
      }
    }
    return new Loaded(Findings.of(docs), failed);
  }
}
