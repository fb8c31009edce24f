package org.axiswatch.cli;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.analysis.KbEntity;
import org.axiswatch.analysis.Knowledge;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.resolve.FormNormalizer;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch entity split ENTITY --form FORM...: the analyst says these forms name another entity. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = "Record that some forms of an entity name a different entity. Mentions with those "
        + "forms, and facts in documents that only use those forms, go to the new entity.")
public final class EntitySplitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ENTITY", description = "the entity split (id or form)")
  String entity;

  @Option(names = "--form", paramLabel = "FORM", required = true, arity = "1..*",
      description = "a form that names the new entity (repeatable)")
  List<String> forms;

  @Option(names = "--as", paramLabel = "ID", description = "id of the new entity (default: ENTITY/form)")
  String newId;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (Database db = store.open()) {
      KnowledgeBase kb = new KnowledgeBase(db);
      Knowledge k = Knowledge.read(kb);
      KbEntity e = EntityCommand.only(k, entity);
      if (e == null) {
        return ExitCodes.BAD_INPUT;
      }
      for (String form : forms) {
        boolean known = e.forms().stream()
            .anyMatch(f -> FormNormalizer.normalize(f).equals(FormNormalizer.normalize(form)));
        if (!known) {
          Console.err().println("axiswatch: " + form + " is not a form of " + e.id() + " (forms: "
              + String.join(", ", e.forms()) + ")");
          return ExitCodes.BAD_INPUT;
        }
      }
      String id = newId != null ? newId : e.id() + "/" + FormNormalizer.normalize(forms.get(0));
      kb.decide(AnalystDecision.split(e.id(), id, forms));
      Console.out().println("split " + String.join(", ", forms) + " off " + e.id() + " as " + id);
      return ExitCodes.OK;
    } catch (StoreException | SQLException e) {
      Console.err().println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    }
  }
}
