package org.axiswatch.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.axiswatch.analysis.KbEntity;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** axiswatch entity merge A B: the analyst says B is A. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Record that B is the same entity as A (A's id is kept). Applies to every read "
        + "and survives re-ingest.")
public final class EntityMergeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "the entity kept (id or form)")
  String kept;

  @Parameters(index = "1", paramLabel = "B", description = "the entity merged into A")
  String absorbed;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (Database db = store.open()) {
      KnowledgeBase kb = new KnowledgeBase(db);
      Knowledge k = Knowledge.read(kb);
      KbEntity a = EntityCommand.only(k, kept);
      KbEntity b = EntityCommand.only(k, absorbed);
      if (a == null || b == null) {
        return ExitCodes.BAD_INPUT;
      }
      if (a.id().equals(b.id())) {
        Console.err().println("axiswatch: " + kept + " and " + absorbed + " are already one entity: " + a.id());
        return ExitCodes.BAD_INPUT;
      }
      kb.decide(AnalystDecision.merge(a.id(), b.id()));
      Console.out().println("merged " + b.id() + " (" + b.name() + ") into " + a.id() + " (" + a.name() + ")");
      return ExitCodes.OK;
    } catch (StoreException | SQLException e) {
      Console.err().println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    }
  }
}
