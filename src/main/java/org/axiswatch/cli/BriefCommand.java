package org.axiswatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.outputs.BriefHtml;
import org.axiswatch.outputs.BriefMarkdown;
import org.axiswatch.outputs.BriefPdf;
import org.axiswatch.pipeline.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch brief: the analyst's brief, in Korean or English, as Markdown, HTML or PDF. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = {"Write a brief from the findings: summary, background (dated events), "
        + "possibilities and limits, exchanges with sanctions verdicts, recommendations; every "
        + "statement footnoted to its document and sentence.",
        "Reads the knowledge base (--data / --db); with FILEs, analyses those instead and stores nothing."})
public final class BriefCommand implements Callable<Integer> {
  enum Format { MD, HTML, PDF }

  enum Lang { KO, EN }

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "documents to analyse for this brief instead of the knowledge base")
  List<Path> files = List.of();

  @Mixin SelectionOptions selection = new SelectionOptions();

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--lang", defaultValue = "ko", description = "ko or en (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--format", description = "md, html or pdf (default: from --out's extension, else md)")
  Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "file to write (default: standard output; pdf needs a file)")
  Path out;

  @Override
  public Integer call() {
    PrintStream stdout = Console.out();
    Format f = format != null ? format : fromExtension(out);
    if (f == Format.PDF && out == null) {
      System.err.println("axiswatch: a PDF brief needs --out FILE");
      return ExitCodes.USAGE;
    }
    FindingsInput.Outcome loaded = FindingsInput.load(files, store, System.err);
    if (loaded.stopped()) {
      return loaded.exitCode();
    }
    try {
      BriefContent content = BriefContent.of(loaded.findings(), selection.selection());
      Language language = lang == Lang.EN ? Language.EN : Language.KO;
      byte[] bytes = switch (f) {
        case MD -> BriefMarkdown.write(content, language).getBytes(StandardCharsets.UTF_8);
        case HTML -> BriefHtml.write(content, language, BriefHtml.Mode.INTERACTIVE)
            .getBytes(StandardCharsets.UTF_8);
        case PDF -> BriefPdf.write(content, language);
      };
      if (out == null) {
        stdout.write(bytes);
        stdout.flush();
      } else {
        Files.write(out, bytes);
        System.err.println("axiswatch: wrote " + out + " (" + content.footnotes().size() + " footnotes)");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IllegalStateException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      System.err.println("axiswatch: " + out + ": cannot write: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    return loaded.unread() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private static Format fromExtension(Path out) {
    String name = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".pdf") ? Format.PDF
        : name.endsWith(".html") || name.endsWith(".htm") ? Format.HTML : Format.MD;
  }
}
