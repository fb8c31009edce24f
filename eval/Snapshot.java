import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axiswatch.Analyzer;
import org.axiswatch.outputs.AnalysisJson;

/**
 * Writes the analysis JSON of every document under the given files and folders into OUTDIR, one
 * file each, so that a change meant to alter no output (a speed-up, a refactoring) can be checked
 * with `diff -r` against the same run of the build before it:
 * java -cp target/axiswatch.jar eval/Snapshot.java OUTDIR ../shared/seed eval/docs eval/heldout2/docs
 */
public class Snapshot {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Path p = Path.of(args[i]);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> f.toString().matches(".*\\.(txt|md|html|htm|pdf)$"))
              .sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    Analyzer analyzer = Analyzer.standard();
    for (Path f : files) {
      String name = f.toString().replaceAll("[/\\\\]", "_") + ".json";
      Files.writeString(out.resolve(name), AnalysisJson.write(analyzer.analyze(f)));
    }
    System.out.println(files.size() + " documents -> " + out);
  }
}
