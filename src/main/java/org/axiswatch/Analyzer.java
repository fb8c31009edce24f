package org.axiswatch;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.axiswatch.facts.FactFinder;
import org.axiswatch.mentions.MentionFinder;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Pipeline;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.ReadException;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.read.SourceReader;
import org.axiswatch.read.TextRepair;
import org.axiswatch.sanctions.SanctionsStage;
import org.axiswatch.structure.DocumentInfoFinder;
import org.axiswatch.structure.OutlineBuilder;
import org.axiswatch.structure.SentenceSplitter;

/**
 * The default pipeline, wired once: read → structure → mentions → facts → sanctions. Each stage is
 * built from its own data files at construction, so one Analyzer serves many documents.
 */
public final class Analyzer {
  private final SourceReader reader;
  private final Pipeline pipeline;

  public Analyzer(SourceReader reader, List<Stage> stages) {
    this.reader = reader;
    this.pipeline = new Pipeline(Set.of(SourceDocument.KEY), stages);
  }

  /** The standard stages with their shipped data. */
  public static Analyzer standard() {
    return new Analyzer(new SourceReader(SourceReader.Limits.DEFAULT), List.of(new TextRepair(),
        new DocumentInfoFinder(), new OutlineBuilder(), new SentenceSplitter(), new MentionFinder(),
        new FactFinder(), SanctionsStage.standard()));
  }

  public AnalyzedDocument analyze(Path file) throws ReadException {
    return analyze(reader.read(file));
  }

  public AnalyzedDocument analyze(SourceDocument source) {
    AnalyzedDocument doc = new AnalyzedDocument().put(SourceDocument.KEY, source);
    pipeline.annotate(doc);
    return doc;
  }

  public SourceReader reader() {
    return reader;
  }

  public Pipeline pipeline() {
    return pipeline;
  }
}
