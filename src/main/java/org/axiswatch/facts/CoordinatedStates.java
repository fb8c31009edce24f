package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.axiswatch.mentions.EntityType;

/**
 * States named together as one Korean destination: "중국과 러시아에", "중국·러시아·동남아 등지에".
 * An item sent there goes to each of them, so each is its own exchange.
 */
final class CoordinatedStates {
  /** What joins two states in one list. */
  private static final Pattern JOIN = Pattern.compile("\\s*(?:과|와|및|·|,|、|/)\\s*");
  /** What closes a destination: 에, 에게, 으로, 로, after an optional "등", "등지". */
  private static final Pattern DESTINATION = Pattern.compile(
      "\\s*(?:(?:·|,|과|와|및)\\s*[가-힣]{1,6}\\s*)?(?:등지?|일대)?\\s*(?:에게|에|으로|로)(?![가-힣])");

  private CoordinatedStates() {}

  /**
   * The other states of the destination list in sentence {@code s} that holds {@code state},
   * without {@code giver}; empty when the state is not in such a list.
   */
  static List<String> alongside(DocumentView view, SentenceView s, String state, String giver) {
    List<Spot> chain = new ArrayList<>();
    for (Spot p : view.spotsIn(s.start(), s.end())) {
      if (p.type() != EntityType.GPE && p.type() != EntityType.LOC || view.marks.quoted(p.start())) {
        continue;
      }
      Spot last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
      if (last != null && !JOIN.matcher(view.text).region(last.end(), p.start()).matches()) {
        if (holds(chain, state) && closes(view, last)) {
          break;
        }
        chain.clear();
      }
      chain.add(p);
    }
    if (chain.size() < 2 || !holds(chain, state) || !closes(view, chain.get(chain.size() - 1))) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Spot p : chain) {
      String id = p.state();
      if (id != null && !id.equals(state) && !id.equals(giver) && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static boolean holds(List<Spot> chain, String state) {
    return chain.stream().anyMatch(p -> state.equals(p.state()));
  }

  private static boolean closes(DocumentView view, Spot last) {
    int to = Math.min(view.text.length(), last.end() + 16);
    return DESTINATION.matcher(view.text).region(last.end(), to).lookingAt();
  }
}
