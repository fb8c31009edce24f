package org.axiswatch.resolve;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Applies the analyst's decisions, in the order taken, to ids as ingest stored them.
 *
 * <p>A merge sends the absorbed id to the kept one. A split sends a mention to the new entity when
 * its text is one of the split forms; a fact (event actor, exchange party) follows it in the
 * documents where every form of the entity is a split form, since a fact names the entity, not a
 * form.
 */
public final class IdentityMap {
  private final List<AnalystDecision> decisions;
  private final List<Set<String>> splitKeys;
  private final BiFunction<String, String, Set<String>> documentForms;

  /**
   * @param decisions in the order taken
   * @param documentForms (document id, stored entity id) → normalized forms of that entity in that
   *     document
   */
  public IdentityMap(List<AnalystDecision> decisions,
      BiFunction<String, String, Set<String>> documentForms) {
    this.decisions = List.copyOf(decisions);
    this.splitKeys = this.decisions.stream()
        .map(d -> d.forms().stream().map(FormNormalizer::normalize).collect(Collectors.toSet()))
        .toList();
    this.documentForms = documentForms;
  }

  /** No decisions: every id is itself. */
  public static IdentityMap none() {
    return new IdentityMap(List.of(), (d, e) -> Set.of());
  }

  /** The entity a fact of {@code documentId} names, given the id ingest stored. */
  public String inDocument(String documentId, String storedId) {
    String id = storedId;
    for (int i = 0; i < decisions.size(); i++) {
      AnalystDecision d = decisions.get(i);
      if (d.kind() == AnalystDecision.Kind.MERGE && id.equals(d.other())) {
        id = d.entity();
      } else if (d.kind() == AnalystDecision.Kind.SPLIT && id.equals(d.entity())) {
        Set<String> forms = documentForms.apply(documentId, storedId);
        if (!forms.isEmpty() && splitKeys.get(i).containsAll(forms)) {
          id = d.other();
        }
      }
    }
    return id;
  }

  /** The entity a mention with this text names, given the id ingest stored. */
  public String forMention(String storedId, String mentionText) {
    String key = FormNormalizer.normalize(mentionText);
    String id = storedId;
    for (int i = 0; i < decisions.size(); i++) {
      AnalystDecision d = decisions.get(i);
      if (d.kind() == AnalystDecision.Kind.MERGE && id.equals(d.other())) {
        id = d.entity();
      } else if (d.kind() == AnalystDecision.Kind.SPLIT && id.equals(d.entity())
          && splitKeys.get(i).contains(key)) {
        id = d.other();
      }
    }
    return id;
  }

  /** The entity a form of {@code storedId} belongs to (for listing an entity's forms). */
  public String forForm(String storedId, String form) {
    return forMention(storedId, form);
  }

  /** Ids created by splits, with the entity each came from. */
  public List<AnalystDecision> decisions() {
    return decisions;
  }
}
