package org.axiswatch.cli;

import java.time.LocalDate;
import org.axiswatch.analysis.Selection;
import org.axiswatch.pipeline.PartialDate;
import picocli.CommandLine.Option;

/** --topic, --from, --to: what a brief or an export is about (shared by both commands). */
public final class SelectionOptions {
  @Option(names = "--topic", paramLabel = "TOPIC",
      description = "entities the documents must all name, e.g. \"North Korea–Russia\" or \"북한-러시아\"")
  String topic;

  @Option(names = "--from", paramLabel = "DATE", description = "first date: 2023, 2023-09 or 2023-09-01")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "last date: 2024, 2024-06 or 2024-06-30")
  String to;

  /**
   * @throws IllegalArgumentException naming the option when a date does not parse
   */
  Selection selection() {
    return new Selection(topic, date("--from", from, true), date("--to", to, false));
  }

  private static LocalDate date(String option, String value, boolean first) {
    if (value == null) {
      return null;
    }
    try {
      PartialDate d = PartialDate.parse(value);
      return first ? d.first() : d.last();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(option + " " + value + ": not a date (2023, 2023-09 or 2023-09-14)");
    }
  }
}
