package org.axiswatch.mentions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ProfileScratch3 {
  public static void main(String[] a) throws Exception {
    String text = MentionBenchmark.sample(200_000);
    var f = DateFinder.class.getDeclaredField("RULES");
    f.setAccessible(true);
    List<?> rules = (List<?>) f.get(null);
    for (int round = 0; round < 3; round++) {
      StringBuilder b = new StringBuilder();
      for (Object r : rules) {
        var pm = r.getClass().getDeclaredMethod("pattern");
        pm.setAccessible(true);
        Pattern p = (Pattern) pm.invoke(r);
        long t0 = System.nanoTime();
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        b.append((System.nanoTime() - t0) / 1000000).append(' ');
      }
      var q = QuantityFinder.class.getDeclaredField("korean");
      q.setAccessible(true);
      Object qf = QuantityFinder.standard(Particles.standard());
      Pattern kp = (Pattern) q.get(qf);
      long t0 = System.nanoTime();
      Matcher m = kp.matcher(text);
      while (m.find()) { }
      b.append(" | qko ").append((System.nanoTime() - t0) / 1000000);
      var q2 = QuantityFinder.class.getDeclaredField("english");
      q2.setAccessible(true);
      Pattern ep = (Pattern) q2.get(qf);
      t0 = System.nanoTime();
      m = ep.matcher(text);
      while (m.find()) { }
      b.append(" qen ").append((System.nanoTime() - t0) / 1000000);
      System.out.println(b);
    }
  }
}
