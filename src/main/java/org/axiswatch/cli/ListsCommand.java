package org.axiswatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.axiswatch.sanctions.ListStore;
import org.axiswatch.sanctions.ListedEntry;
import org.axiswatch.sanctions.UnListReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch lists import FILE | lists show: the designation lists in force. */
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "Designation lists: import a newer UN XML list or a CSV list, or show what is loaded.",
    subcommands = {ListsCommand.Import.class, ListsCommand.Show.class})
public final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Import one list file into the data directory. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Copy a UN consolidated list (.xml) or a list in Axiswatch CSV (see "
          + "sanctions/README.md) into the data directory, after checking it parses.")
  static final class Import implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--data", paramLabel = "DIR",
        description = "data directory (default: $AXISWATCH_DATA or ./axiswatch-data)")
    Path data;

    @Override
    public Integer call() {
      try {
        ListStore.Imported i = new ListStore(ListStore.dataDir(data)).importFile(file);
        System.out.printf("imported %s list (%s): %d entries → %s%n", i.list(), i.format(),
            i.entries(), i.stored());
        return ExitCodes.OK;
      } catch (UnListReader.BadListException e) {
        System.err.println("axiswatch: " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      } catch (java.io.IOException e) {
        System.err.println("axiswatch: cannot write the data directory: " + e.getMessage());
        return ExitCodes.STORE;
      }
    }
  }

  /** Count entries by list, kind and programme. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the lists in force.")
  static final class Show implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "data directory")
    Path data;

    @Override
    public Integer call() {
      try {
        List<ListedEntry> all = new ListStore(ListStore.dataDir(data)).entries();
        Map<String, Long> counts = new TreeMap<>(all.stream().collect(Collectors.groupingBy(
            e -> e.list() + "  " + e.program() + "  " + e.kind(), Collectors.counting())));
        counts.forEach((k, v) -> System.out.printf("%5d  %s%n", v, k));
        System.out.printf("%5d  entries in all%n", all.size());
        return ExitCodes.OK;
      } catch (UnListReader.BadListException e) {
        System.err.println("axiswatch: " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      } catch (java.io.IOException e) {
        System.err.println("axiswatch: " + e.getMessage());
        return ExitCodes.STORE;
      }
    }
  }
}
