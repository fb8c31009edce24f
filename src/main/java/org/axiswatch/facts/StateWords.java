package org.axiswatch.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state a Korean body's name opens with (state-words.yaml): "중국 외교부" acts for CHN even when
 * the gazetteer gives the ministry no code and the text never names 중국 alone. Only the names of
 * ministries and offices, and only a whole first word ("중 외교부") or a long form glued to a short
 * body ("중국외교부"): "중앙군사위원회" is no 중, 한국국방연구원 no government body.
 */
final class StateWords {
  private static final StateWords SHIPPED = load(DataFile.resource("state-words.yaml"));

  /** Last syllables of a government body's name: 외교부, 외무성, 관세청, 비서실. */
  private static final String MINISTRY_ENDINGS = "부성청처실";

  private final Map<String, String> stateOf;

  private StateWords(Map<String, String> stateOf) {
    this.stateOf = Map.copyOf(stateOf);
  }

  static StateWords shipped() {
    return SHIPPED;
  }

  static StateWords load(List<DataEntry> entries) {
    Map<String, String> stateOf = new HashMap<>();
    for (DataEntry e : entries) {
      String state = e.text("state");
      if (!state.matches("[A-Z]{3}")) {
        throw e.problem("'state' must be an ISO 3166 alpha-3 code, not " + state);
      }
      e.list("words").forEach(w -> stateOf.put(w, state));
    }
    return new StateWords(stateOf);
  }

  /** The state the name of a ministry or office opens with, or null. */
  String of(String name) {
    if (name.isEmpty() || MINISTRY_ENDINGS.indexOf(name.charAt(name.length() - 1)) < 0) {
      return null;
    }
    int space = name.indexOf(' ');
    if (space > 0) {
      String first = stateOf.get(name.substring(0, space));
      if (first != null) {
        return first;
      }
    }
    for (Map.Entry<String, String> w : stateOf.entrySet()) {
      int rest = name.length() - w.getKey().length();
      if (w.getKey().length() >= 2 && name.startsWith(w.getKey()) && rest >= 2 && rest <= 4) {
        return w.getValue();
      }
    }
    return null;
  }
}
