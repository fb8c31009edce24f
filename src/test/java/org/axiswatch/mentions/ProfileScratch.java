package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;
import org.axiswatch.pipeline.PartialDate;

public class ProfileScratch {
  public static void main(String[] a) {
    String text = MentionBenchmark.sample(200_000);
    Gazetteer g = Gazetteer.standard();
    Particles p = Particles.standard();
    GazetteerMatcher gm = new GazetteerMatcher(g, p);
    PressFormFinder pf = new PressFormFinder(DataLines.resource("press-forms.tsv"), g, p);
    DateFinder df = new DateFinder();
    QuantityFinder qf = QuantityFinder.standard(p);
    ContextCues cues = ContextCues.standard();
    PartialDate anchor = PartialDate.parse("2024-11-25");
    List<int[]> chunks = TextChunks.split(text);
    for (int round = 0; round < 3; round++) {
      long[] t = new long[6];
      WordTokenizer tok = new WordTokenizer();
      for (int[] c : chunks) {
        List<Found> out = new ArrayList<>();
        long t0 = System.nanoTime();
        gm.scan(text, c[0], c[1], out);
        long t1 = System.nanoTime();
        pf.scan(text, c[0], c[1], out);
        long t2 = System.nanoTime();
        df.scan(text, c[0], c[1], anchor, out);
        long t3 = System.nanoTime();
        qf.scan(text, c[0], c[1], out);
        long t4 = System.nanoTime();
        List<Token> tokens = null; long t5x = 0;
        long t5 = System.nanoTime();
        new KoreanContextFinder(cues, p).scan(text, c[0], c[1], tok, new Coverage(c[0], c[1], out), out);
        long t6 = System.nanoTime();
        t[0] += t1 - t0; t[1] += t2 - t1; t[2] += t3 - t2; t[3] += t4 - t3; t[4] += t5 - t4; t[5] += t6 - t5;
      }
      System.out.printf("gaz %d press %d date %d qty %d tok %d ctx %d ms%n", t[0] / 1000000, t[1] / 1000000, t[2] / 1000000, t[3] / 1000000, t[4] / 1000000, t[5] / 1000000);
    }
  }
}
