package org.axiswatch.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchPrintTest {
  @Test
  void print() throws Exception {
    for (String line : Files.readAllLines(Path.of("/tmp/enx/sent.txt"))) {
      if (line.isBlank()) continue;
      String[] parts = line.split(" \\|\\| ");
      FactDoc d = FactDoc.of("2025-06-20", parts[0]);
      if (parts.length > 1) for (String kv : parts[1].split("; ")) { String[] x = kv.split("="); d.date(x[0], x[1]); }
      var a = FactProbe.run(d);
      System.out.println("## " + parts[0]);
      a.get(Event.KEY).forEach(e -> System.out.println("   EV " + EventFinderTest.show(e) + " " + e.actors()));
      a.get(Exchange.KEY).forEach(x -> System.out.println("   EX " + ExchangeFinderTest.show(x) + " [" + x.item() + "]"));
    }
  }
}
