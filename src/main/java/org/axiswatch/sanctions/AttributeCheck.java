package org.axiswatch.sanctions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axiswatch.resolve.OrgName;
import org.axiswatch.resolve.OrgWords;
import org.axiswatch.resolve.WordTable;

/**
 * Compares the attributes a subject and a listed entry both have: birth year, nationality,
 * position. Agreement raises the name score a little; a clear disagreement lowers it below the
 * threshold, since a same-name different person can only be told apart this way.
 */
final class AttributeCheck {
  static final Map<String, String> COUNTRIES = WordTable.load("/sanctions/countries.tsv");
  private static final Map<String, String> POSITIONS =
      WordTable.load("/sanctions/position-words.tsv");
  private static final Set<String> STOP = Set.of("of", "the", "and", "former", "member", "s",
      "a", "for", "in", "first", "alternate", "deputy", "korea", "korean", "dprk", "wpk's");

  record Outcome(double delta, String why) {}

  private AttributeCheck() {}

  static String countryCode(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return COUNTRIES.getOrDefault(n, n.length() == 3 ? n.toUpperCase(Locale.ROOT) : n);
  }

  static Outcome compare(ScreeningSubject s, ListedEntry e, String listedForm) {
    double delta = 0;
    List<String> notes = new ArrayList<>();
    if (e.kind() == ListedEntry.Kind.ENTITY && isGeneric(listedForm)
        && (s.nationality() == null || !e.nationalities().contains(s.nationality()))) {
      delta -= 0.5;
      notes.add("\"" + listedForm + "\" is an institution every state has; listed for "
          + e.nationalities() + ", and the subject's state " + (s.nationality() == null
              ? "is not known" : "is " + s.nationality()));
    }
    if (s.birthYear() != null && !e.birthYears().isEmpty()) {
      int closest = e.birthYears().stream()
          .min((a, b) -> Math.abs(a - s.birthYear()) - Math.abs(b - s.birthYear())).orElseThrow();
      int gap = Math.abs(closest - s.birthYear());
      if (gap == 0) {
        delta += 0.04;
        notes.add("birth year " + closest + " agrees");
      } else if (gap <= 1) {
        notes.add("birth year " + s.birthYear() + " vs listed " + closest + " (close)");
      } else {
        delta -= 0.3;
        notes.add("birth year differs: " + s.birthYear() + " vs listed " + e.birthYears());
      }
    }
    if (s.nationality() != null && !e.nationalities().isEmpty()) {
      if (e.nationalities().contains(s.nationality())) {
        // for an organisation the state is the one attribute there is: it confirms an acronym
        delta += e.kind() == ListedEntry.Kind.ENTITY ? 0.05 : 0.02;
        notes.add("nationality " + s.nationality() + " agrees");
      } else {
        delta -= 0.3;
        notes.add("nationality differs: " + s.nationality() + " vs listed " + e.nationalities());
      }
    }
    if (!s.position().isEmpty() && !e.designations().isEmpty()) {
      Set<String> shared = new TreeSet<>(positionWords(s.position()));
      shared.retainAll(words(String.join(" ", e.designations())));
      if (!shared.isEmpty()) {
        delta += Math.min(0.06, 0.02 * shared.size());
        notes.add("position agrees (" + String.join(", ", shared) + ")");
      } else {
        notes.add("position " + s.position() + " not among the listed designations");
      }
    }
    if (notes.isEmpty()) {
      notes.add(e.kind() == ListedEntry.Kind.INDIVIDUAL
          ? "name only: a same-name different person can be told apart only by birth year,"
              + " nationality or position, which one side lacks"
          : "name only: another body of the same name can be told apart only by its state,"
              + " which one side lacks");
    }
    return new Outcome(delta, String.join("; ", notes));
  }

  /** A name made only of words every state's institutions share ("Ministry of Defence"). */
  static boolean isGeneric(String name) {
    List<OrgName> readings = OrgName.of(name);
    return !readings.isEmpty() && readings.get(0).acronym() == null && !readings.get(0).hangul()
        && OrgWords.shipped().allGeneric(
            readings.get(0).words().stream().map(OrgName.Word::text).toList());
  }

  /** English words of position text, Korean titles translated through the table. */
  static Set<String> positionWords(List<String> position) {
    Set<String> out = new TreeSet<>();
    for (String p : position) {
      String rest = p;
      for (Map.Entry<String, String> t : POSITIONS.entrySet()) {
        if (rest.contains(t.getKey())) {
          out.addAll(words(t.getValue()));
          rest = rest.replace(t.getKey(), " ");
        }
      }
      out.addAll(words(rest));
    }
    return out;
  }

  static Set<String> words(String text) {
    Set<String> out = new TreeSet<>();
    Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> w.length() > 1 && !STOP.contains(w) && w.chars().allMatch(c -> c < 128))
        .forEach(out::add);
    return out;
  }
}
