package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The words that signal events (triggers.yaml). */
final class TriggerLexicon {
  /** A trigger matched at text[start, end). */
  record Match(Trigger trigger, int start, int end) {}

  private final List<Trigger> triggers;

  TriggerLexicon(List<Trigger> triggers) {
    this.triggers = List.copyOf(triggers);
  }

  static TriggerLexicon load(List<DataEntry> entries) {
    return new TriggerLexicon(Trigger.load(entries));
  }

  /** Every trigger, in file order. */
  List<Trigger> all() {
    return triggers;
  }

  /** The triggers' patterns, in file order. */
  List<Pattern> patterns() {
    return triggers.stream().map(Trigger::pattern).toList();
  }

  /** The triggers of one text, {@code sifted} telling where each pattern may match. */
  InText in(PatternSieve.Part sifted) {
    return new InText(sifted);
  }

  /** Triggers of one text; a pattern runs only on spans that hold one of its words. */
  final class InText {
    private final PatternSieve.Part sifted;

    private InText(PatternSieve.Part sifted) {
      this.sifted = sifted;
    }

    /**
     * The matches in text[start, end) of the triggers {@code which} accepts: trigger by trigger in
     * file order, each one's matches in text order.
     */
    List<Match> find(int start, int end, Predicate<Trigger> which) {
      List<Match> out = new ArrayList<>();
      for (int i = 0; i < triggers.size(); i++) {
        Trigger t = triggers.get(i);
        if (sifted.mayOccur(i) && which.test(t)) {
          sifted.find(i, start, end, (from, to) -> out.add(new Match(t, from, to)));
        }
      }
      return out;
    }
  }
}
