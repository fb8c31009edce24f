import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.axiswatch.read.SourceReader;

/**
 * Writes the text Axiswatch reads from a document (HTML and PDF are extracted), so the scorer
 * places gold evidence in the same offsets as the program's spans. Run by bin/evaluate:
 * java -cp target/axiswatch.jar:target/lib/* eval/AsRead.java IN OUT
 */
public class AsRead {
  public static void main(String[] args) throws Exception {
    String text = new SourceReader(SourceReader.Limits.DEFAULT).read(Path.of(args[0])).original();
    Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
  }
}
