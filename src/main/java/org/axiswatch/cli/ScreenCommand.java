package org.axiswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.resolve.OrgName;
import org.axiswatch.sanctions.ListStore;
import org.axiswatch.sanctions.ListedEntry;
import org.axiswatch.sanctions.ScreeningResult;
import org.axiswatch.sanctions.ScreeningSubject;
import org.axiswatch.sanctions.Screener;
import org.axiswatch.sanctions.UnListReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch screen NAME... | --file names.txt: names against the designation lists. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen names (any script or spelling) against the designation lists in force.")
public final class ScreenCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "names to screen")
  List<String> names = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE", description = "one name a line")
  Path file;

  @Option(names = "--entity", description = "screen every name as an organisation")
  boolean entity;

  @Option(names = "--person", description = "screen every name as an individual (default: each "
      + "name as an organisation when it reads as one, e.g. an acronym, else as an individual)")
  boolean person;

  @Option(names = "--born", paramLabel = "YEAR", description = "subject's birth year")
  Integer born;

  @Option(names = "--nationality", paramLabel = "ISO3", description = "subject's nationality, e.g. PRK")
  String nationality;

  @Option(names = "--position", paramLabel = "TEXT", description = "title or position words")
  List<String> position = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", description = "data directory")
  Path data;

  @Option(names = "--json", description = "one JSON object a name, a line each")
  boolean json;

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    List<String> queries = new ArrayList<>(names);
    Screener screener;
    try {
      if (file != null) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank()).map(String::strip).forEach(queries::add);
      }
      screener = new Screener(new ListStore(ListStore.dataDir(data)).entries());
    } catch (UnListReader.BadListException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      System.err.println("axiswatch: cannot read " + (file == null ? "lists" : file) + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (queries.isEmpty()) {
      System.err.println("axiswatch: give names or --file");
      return ExitCodes.USAGE;
    }
    for (String q : queries) {
      ListedEntry.Kind kind = entity || !person && OrgName.looksLikeOrganisation(q)
          ? ListedEntry.Kind.ENTITY : ListedEntry.Kind.INDIVIDUAL;
      List<ScreeningResult> rs = screener.screen(
          new ScreeningSubject(List.of(q), kind, born, nationality, position));
      if (json) {
        ObjectNode o = JSON.createObjectNode().put("name", q).put("kind", kind.name());
        ArrayNode hits = o.putArray("hits");
        for (ScreeningResult r : rs) {
          hits.addObject().put("list", r.entry().list()).put("ref", r.entry().ref())
              .put("listed_name", r.entry().listedName()).put("score", r.score())
              .put("match", r.match()).put("why", r.why());
        }
        out.println(o);
      } else {
        out.println(q + (rs.isEmpty() ? ": no listed name matches" : ":"));
        for (ScreeningResult r : rs) {
          out.printf("  %s %-9s %-32s score %.2f %s%n    %s%n", r.entry().list(), r.entry().ref(),
              r.entry().listedName(), r.score(), r.match() ? "MATCH" : "(attributes disagree)",
              r.why());
        }
      }
    }
    return ExitCodes.OK;
  }
}
