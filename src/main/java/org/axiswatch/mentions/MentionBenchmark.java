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
  /** Figures of one run: best characters per second of each, and the median stage / Nori ratio. */
  public record Result(int characters, double stageCharsPerSecond, double noriCharsPerSecond,
      double ratio) {}

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

  /**
   * Times both on the same text {@code rounds} times, back to back, after one warm-up round. The
   * throughputs are the best rounds; the ratio is the median of the per-round ratios, so a burst
   * of load from other processes during one round does not decide it.
   */
  public Result run(String text, int rounds) {
    // the read stage's output, made once: building it (an offset per character) is not the
    // mention stage's work, and it cost about 7 % of the stage's time when it was timed with it
    RepairedText input = RepairedText.unchanged(text);
    runStage(input);
    runNori(text);
    long stageBest = Long.MAX_VALUE;
    long noriBest = Long.MAX_VALUE;
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      runNori(text);
      long t1 = System.nanoTime();
      runStage(input);
      long t2 = System.nanoTime();
      noriBest = Math.min(noriBest, t1 - t0);
      stageBest = Math.min(stageBest, t2 - t1);
      ratios[r] = (double) (t1 - t0) / (t2 - t1);
    }
    java.util.Arrays.sort(ratios);
    return new Result(text.length(), text.length() / (stageBest / 1e9), text.length() / (noriBest / 1e9),
        ratios[rounds / 2]);
  }

  private void runStage(RepairedText input) {
    AnalyzedDocument doc = new AnalyzedDocument().put(RepairedText.KEY, input);
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
