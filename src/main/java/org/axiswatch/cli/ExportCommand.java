package org.axiswatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.analysis.Findings;
import org.axiswatch.outputs.CsvTables;
import org.axiswatch.outputs.FtmEntities;
import org.axiswatch.outputs.GraphmlNetwork;
import org.axiswatch.outputs.StixBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch export: the findings in the formats analysts' tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the findings: STIX 2.1 bundle, FollowTheMoney entities (JSON lines), "
        + "GraphML actor network, or CSV tables (entities, events, exchanges, claims, decisions).",
        "Ids are derived from content, so exporting the same findings again gives the same ids.",
        "Reads the knowledge base (--data / --db); with FILEs, analyses those instead and stores nothing."})
public final class ExportCommand implements Callable<Integer> {
  enum Format { STIX, FTM, GRAPHML, CSV }

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "documents to analyse for this export instead of the knowledge base")
  List<Path> files = List.of();

  @Mixin SelectionOptions selection = new SelectionOptions();

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--format", required = true, description = "stix, ftm, graphml or csv")
  Format format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "file to write, or for csv a directory (default: standard output; csv needs a directory)")
  Path out;

  @Option(names = "--excel-bom", description = "csv: start each file with a UTF-8 byte-order mark, "
      + "so Excel reads Hangul correctly (off by default: other readers take it for text)")
  boolean excelBom;

  @Override
  public Integer call() {
    if (format == Format.CSV && out == null) {
      System.err.println("axiswatch: csv export writes one file per table: give --out DIRECTORY");
      return ExitCodes.USAGE;
    }
    FindingsInput.Outcome loaded = FindingsInput.load(files, store, System.err);
    if (loaded.stopped()) {
      return loaded.exitCode();
    }
    try {
      Findings f = loaded.findings().select(selection.selection());
      if (format == Format.CSV) {
        List<Path> written = CsvTables.write(f, out, excelBom);
        System.err.println("axiswatch: wrote " + written.size() + " tables to " + out);
      } else {
        String text = switch (format) {
          case STIX -> StixBundle.write(f);
          case FTM -> FtmEntities.write(f);
          case GRAPHML -> GraphmlNetwork.write(f);
          case CSV -> throw new IllegalStateException("handled above");
        };
        if (out == null) {
          PrintStream stdout = Console.out();
          stdout.print(text);
          stdout.flush();
        } else {
          Files.writeString(out, text, StandardCharsets.UTF_8);
          System.err.println("axiswatch: wrote " + out);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      System.err.println("axiswatch: " + out + ": cannot write: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    return loaded.unread() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }
}
