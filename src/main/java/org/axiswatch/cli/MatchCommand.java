package org.axiswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.resolve.NameMatch;
import org.axiswatch.resolve.NameMatcher;
import org.axiswatch.resolve.OrgMatcher;
import org.axiswatch.resolve.OrgName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch match NAME1 NAME2 | --pairs FILE.tsv: are two names the same name? */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = "Score two names across scripts and spellings; --pairs reads two names a line, "
        + "TAB-separated, and prints one result a line, in order.")
public final class MatchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "NAME", arity = "0..2")
  List<String> names = List.of();

  @Option(names = "--pairs", paramLabel = "FILE.tsv", description = "two names a line, TAB-separated")
  Path pairs;

  @Option(names = "--json", description = "print {\"score\", \"match\", \"kind\", \"why\"}")
  boolean json;

  /** How the names are read. */
  enum Kind { auto, person, org }

  @Option(names = "--kind", paramLabel = "KIND", description = "person, org, or auto (default: "
      + "organisation rules when either name reads as an organisation's: an acronym, a legal form "
      + "or institution word, a Hangul organisation ending)")
  Kind kind = Kind.auto;

  private final NameMatcher people = new NameMatcher();
  private final OrgMatcher orgs = new OrgMatcher();

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    if (pairs != null) {
      List<String> lines;
      try {
        lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
      } catch (IOException e) {
        System.err.println("axiswatch: cannot read " + pairs + ": " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).replace("\uFEFF", "");
        if (line.isBlank()) {
          continue;
        }
        String[] two = line.split("\t");
        if (two.length < 2) {
          System.err.println("axiswatch: " + pairs + ":" + (i + 1) + ": expected two TAB-separated names");
          return ExitCodes.BAD_INPUT;
        }
        print(out, two[0].strip(), two[1].strip());
      }
      return ExitCodes.OK;
    }
    if (names.size() != 2) {
      System.err.println("axiswatch: give two names, or --pairs FILE.tsv");
      return ExitCodes.USAGE;
    }
    print(out, names.get(0), names.get(1));
    return ExitCodes.OK;
  }

  private boolean organisations(String a, String b) {
    return kind == Kind.org || kind == Kind.auto
        && (OrgName.looksLikeOrganisation(a) || OrgName.looksLikeOrganisation(b));
  }

  private void print(PrintStream out, String a, String b) {
    boolean org = organisations(a, b);
    NameMatch m = org ? orgs.match(a, b) : people.match(a, b);
    if (json) {
      ObjectNode o = JSON.createObjectNode();
      o.put("score", Math.round(m.score() * 1000) / 1000.0).put("match", m.match())
          .put("kind", org ? "org" : "person").put("why", m.why());
      out.println(o);
    } else {
      out.printf("%s | %s: %s (score %.2f, as %s names)%n  %s%n", a, b,
          m.match() ? "MATCH" : "no match", m.score(), org ? "organisation" : "person", m.why());
    }
  }
}
