package org.axiswatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: lists subcommands. */
@Command(
    name = "axiswatch",
    mixinStandardHelpOptions = true,
    versionProvider = AxiswatchCommand.Version.class,
    description = "Reads briefs and news on state cooperation, extracts who gives what to whom, "
        + "and checks it against UN sanctions.",
    subcommands = {
      AnalyzeCommand.class,
      BriefCommand.class,
      ExportCommand.class,
      IngestCommand.class,
      DocumentsCommand.class,
      DemoCommand.class,
      EntityCommand.class,
      TimelineCommand.class,
      NetworkCommand.class,
      SanctionsCommand.class,
      ProvisionsCommand.class,
      ListsCommand.class,
      ScreenCommand.class,
      MatchCommand.class,
      BenchCommand.class,
      CorpusCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class AxiswatchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AxiswatchCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = AxiswatchCommand.class.getPackage().getImplementationVersion();
      return new String[] {"axiswatch " + (v == null ? "dev" : v)};
    }
  }
}
