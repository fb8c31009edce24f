package org.axiswatch.mentions;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.util.AttributeFactory;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.RepairedText;

/**
 * Throughput of the mention stage next to raw Nori tokenization of the same text in the same run:
 * the stage tokenizes with Nori and adds gazetteer, press-form, context, date and quantity finders,
 * so the ratio says what the finders cost on top of tokenization.
 */
public final class MentionBenchmark {
  /** Figures of one run: characters per second of each, and stage / Nori. */
  public record Result(int characters, double stageCharsPerSecond, double noriCharsPerSecond) {
    public double ratio() {
      return stageCharsPerSecond / noriCharsPerSecond;
    }
  }

  private final MentionFinder stage = new MentionFinder();

  /** The shipped sample (Korean and English news paragraphs), repeated to {@code size} characters. */
  public static String sample(int size) {
    try (InputStream in = MentionBenchmark.class.getResourceAsStream("/mentions/bench-sample.txt")) {
      String one = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder b = new StringBuilder(size + one.length());
      while (b.length() < size) {
        b.append(one).append('\n');
      }
      return b.substring(0, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Best of {@code rounds} timings of each, after one warm-up round. */
  public Result run(String text, int rounds) {
    runStage(text);
    runNori(text);
    long stageBest = Long.MAX_VALUE;
    long noriBest = Long.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      runNori(text);
      long t1 = System.nanoTime();
      runStage(text);
      long t2 = System.nanoTime();
      noriBest = Math.min(noriBest, t1 - t0);
      stageBest = Math.min(stageBest, t2 - t1);
    }
    return new Result(text.length(), text.length() / (stageBest / 1e9), text.length() / (noriBest / 1e9));
  }

  private void runStage(String text) {
    AnalyzedDocument doc = new AnalyzedDocument().put(RepairedText.KEY, RepairedText.unchanged(text));
    stage.annotate(doc);
  }

  private static void runNori(String text) {
    try (KoreanTokenizer t = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null,
        KoreanTokenizer.DecompoundMode.NONE, false, true)) {
      t.setReader(new StringReader(text));
      t.reset();
      while (t.incrementToken()) {
        // tokenizing is the work measured
      }
      t.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
