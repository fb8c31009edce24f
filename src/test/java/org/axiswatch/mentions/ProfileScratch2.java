package org.axiswatch.mentions;

import java.util.List;

public class ProfileScratch2 {
  public static void main(String[] a) {
    String text = MentionBenchmark.sample(200_000);
    List<int[]> chunks = TextChunks.split(text);
    System.out.println("chunks " + chunks.size());
    for (int round = 0; round < 4; round++) {
      long t0 = System.nanoTime();
      new MentionBenchmark().run(text.substring(0, 1000), 1);
      long t1 = System.nanoTime();
      WordTokenizer tok = new WordTokenizer();
      int n = 0;
      for (int[] c : chunks) {
        n += tok.tokenize(text, c[0], c[1]).size();
      }
      long t2 = System.nanoTime();
      int m = new WordTokenizer().tokenize(text, 0, text.length()).size();
      long t3 = System.nanoTime();
      System.out.printf("chunked %d ms (%d tokens), whole %d ms (%d)%n", (t2 - t1) / 1000000, n, (t3 - t2) / 1000000, m);
    }
  }
}
