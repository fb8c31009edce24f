package org.axiswatch.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.Callable;
import org.axiswatch.read.RepairedText;
import org.axiswatch.read.TextRepair;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.DocumentInfoFinder;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineBuilder;
import org.axiswatch.structure.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * axiswatch bench read [FILE]: text repair and structure (document info, outline, sentences) on a
 * text, against a baseline measured in the same run: decoding the bytes and NFC-normalising them,
 * the least any reader must do.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = "Time repair + structure on a text file against decode + NFC of the same bytes.")
public final class BenchReadCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "a UTF-8 text (default: a generated double-spaced Korean brief)")
  Path file;

  @Option(names = "--rounds", defaultValue = "5", description = "timed rounds after one warm-up")
  int rounds;

  @Override
  public Integer call() throws Exception {
    byte[] bytes = file == null ? generated() : Files.readAllBytes(file);
    DocumentInfoFinder info = new DocumentInfoFinder();
    SentenceSplitter sentences = new SentenceSplitter();
    long base = Long.MAX_VALUE;
    long work = Long.MAX_VALUE;
    int count = 0;
    for (int r = 0; r <= rounds; r++) {
      long t0 = System.nanoTime();
      String text = Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8), Normalizer.Form.NFC);
      long t1 = System.nanoTime();
      RepairedText repaired = TextRepair.repair(new String(bytes, StandardCharsets.UTF_8), true);
      DocumentInfo d = info.find(repaired.text());
      Outline o = OutlineBuilder.build(repaired, d.language(), false);
      count = sentences.split(repaired, o).size();
      long t2 = System.nanoTime();
      if (r > 0 && text.length() > 0) { // round 0 warms up
        base = Math.min(base, t1 - t0);
        work = Math.min(work, t2 - t1);
      }
    }
    double mb = bytes.length / 1e6;
    System.out.printf("input      %.2f MB, %d sentences%n", mb, count);
    System.out.printf("baseline   decode + NFC            %8.1f ms  (%.1f MB/s)%n", base / 1e6, mb / (base / 1e9));
    System.out.printf("read       repair + structure      %8.1f ms  (%.1f MB/s)%n", work / 1e6, mb / (work / 1e9));
    System.out.printf("ratio      %.1fx the baseline (best of %d rounds)%n", (double) work / base, rounds);
    return ExitCodes.OK;
  }

  /** A double-spaced 개조식 brief with split words and a footnote per page, about 4 MB. */
  private static byte[] generated() {
    String page = String.join("\n\n",
        "1. 북러 군사협력 동향",
        "① 재래식 무기 거래",
        "   - 북한은 러시아 극동 지역으로 포탄과 로켓을 실은 화물열차를 여러 차례 보낸 것으",
        "로 파악되며, 이는 유엔 안보리 결의가 금지한 재래식 무기 수출에 해당하는 ‘민감",
        "* 이 자료는 자문위원회의 의견을 받아 작성한 내용임",
        " 한 거래’로 평가됨. 9.4(월) 美 당국자는 “거래가 계속되고 있다”고 밝힘",
        "     ※ 일각, 북한의 비축 탄약은 최소 100만톤 정도로 추정",
        "□ 향후 전망",
        "② 기술 이전 가능성",
        "   - 러시아는 그 대가로 정찰위성 기술과 식량을 제공할 것으로 보이며, 2020.1月 이후 ",
        "중단된 인적 왕래도 재개될 전망", "");
    return page.repeat(4_000_000 / page.getBytes(StandardCharsets.UTF_8).length + 1)
        .getBytes(StandardCharsets.UTF_8);
  }
}
