package org.axiswatch.read;

import java.util.Set;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Stage;

/** Mends what text extraction broke. (Scaffold: identity; the real repair replaces this.) */
public final class TextRepair implements Stage {
  @Override
  public Set<Key<?>> requires() {
    return Set.of(SourceDocument.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(RepairedText.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument document) {
    document.put(RepairedText.KEY, RepairedText.unchanged(document.get(SourceDocument.KEY).original()));
  }
}
