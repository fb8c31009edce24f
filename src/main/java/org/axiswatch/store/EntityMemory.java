package org.axiswatch.store;

import java.util.HashSet;
import java.util.Set;

/**
 * What a writer knows its store holds: KB entity ids and (entity, form) pairs, so each document
 * does not ask the store again for the entities and forms every earlier one named. An entry is
 * provisional while the document (its savepoint) or the group (its transaction) that wrote it is
 * open, and goes with it on rollback. Ingest never deletes entities or forms, so a committed entry
 * stays true; an entry missing only costs the question to the store.
 */
final class EntityMemory {
  /** Committed entries kept before starting afresh (a bound on memory, not a correctness limit). */
  private static final int LIMIT = 500_000;

  private final Tier committed = new Tier();
  private final Tier group = new Tier();
  private final Tier document = new Tier();

  private static final class Tier {
    final Set<String> entities = new HashSet<>();
    final Set<String> forms = new HashSet<>();

    void addAll(Tier other) {
      entities.addAll(other.entities);
      forms.addAll(other.forms);
      other.clear();
    }

    void clear() {
      entities.clear();
      forms.clear();
    }
  }

  boolean hasEntity(String id) {
    return document.entities.contains(id) || group.entities.contains(id)
        || committed.entities.contains(id);
  }

  boolean hasForm(String entity, String form) {
    String key = formKey(entity, form);
    return document.forms.contains(key) || group.forms.contains(key)
        || committed.forms.contains(key);
  }

  /** An entity this document wrote. */
  void wroteEntity(String id) {
    document.entities.add(id);
  }

  /** A form this document wrote. */
  void wroteForm(String entity, String form) {
    document.forms.add(formKey(entity, form));
  }

  /** An entity the store answered for: committed, since this writer's own rows are all known. */
  void foundEntity(String id) {
    committed.entities.add(id);
  }

  void foundForm(String entity, String form) {
    committed.forms.add(formKey(entity, form));
  }

  /** The document's savepoint was released: its entries wait for the group's commit. */
  void documentKept() {
    group.addAll(document);
  }

  /** The document was rolled back to its savepoint. */
  void documentDropped() {
    document.clear();
  }

  void groupCommitted() {
    group.addAll(document);
    committed.addAll(group);
    if (committed.entities.size() + committed.forms.size() > LIMIT) {
      committed.clear();
    }
  }

  void groupDropped() {
    document.clear();
    group.clear();
  }

  private static String formKey(String entity, String form) {
    return entity + '\u0000' + form;
  }
}
