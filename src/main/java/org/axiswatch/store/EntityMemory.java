package org.axiswatch.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

  /** True when no other process writes the store (embedded H2, behind {@link IngestLock}). */
  private final boolean soleWriter;
  private final Tier committed = new Tier();
  private final Tier group = new Tier();
  private final Tier document = new Tier();
  /**
   * Normalized form → entities not from the gazetteer that have it, and those entities' ids; null
   * until loaded. Only for a store this writer alone writes (see {@link #contextForms}).
   */
  private Map<String, Set<String>> contextForms;
  private Set<String> contextEntities;

  EntityMemory(boolean soleWriter) {
    this.soleWriter = soleWriter;
  }

  /**
   * Whether entities another process adds cannot be missed: then the context forms below may
   * answer instead of the store.
   */
  boolean soleWriter() {
    return soleWriter;
  }

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

  /**
   * Whether the forms' context entities (the store's and those this writer added since it loaded
   * them) may include one other than {@code except}. A superset: rows rolled back stay in it.
   */
  boolean mayHaveContextEntity(Set<String> normalizedForms, String except) {
    for (String form : normalizedForms) {
      Set<String> ids = contextForms.get(form);
      if (ids != null && (ids.size() > 1 || !ids.contains(except))) {
        return true;
      }
    }
    return false;
  }

  boolean contextFormsLoaded() {
    return contextForms != null;
  }

  /** The store's context entities and their normalized forms, read once. */
  void loadContextForms(Map<String, Set<String>> forms, Set<String> entities) {
    contextForms = new HashMap<>(forms);
    contextEntities = new HashSet<>(entities);
  }

  /** An entity written with this origin: a context entity unless from the gazetteer. */
  void wroteEntityOfOrigin(String id, String origin) {
    if (contextEntities != null && !"gazetteer".equals(origin)) {
      contextEntities.add(id);
    }
  }

  /** A form written for an entity: kept when the entity is a context entity. */
  void wroteNormalizedForm(String entity, String normalized) {
    if (contextEntities != null && contextEntities.contains(entity)) {
      contextForms.computeIfAbsent(normalized, k -> new HashSet<>()).add(entity);
    }
  }

  private static String formKey(String entity, String form) {
    return entity + '\u0000' + form;
  }
}
