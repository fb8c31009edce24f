package org.axiswatch.mentions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Korean press's one-syllable state names, found only where the press uses them: in compounds
 * (북러, 한미일, 북·중·러), after a prefix (대북, 방러) and alone before a particle (러의, 북 매체).
 * A syllable inside an ordinary word (한계, 일회성, 중단) is never taken: a compound written without
 * separators must be listed, and what follows it must be particles or a relation noun (관계, 공조).
 * Each syllable becomes its own mention, so 북러 gives PRK over 북 and RUS over 러.
 */
final class PressFormFinder {
  private static final String SEPARATORS = "-·ㆍ・‧•∙";

  private final Map<Character, GazetteerEntry> syllables = new HashMap<>();
  private final Set<String> compounds = new HashSet<>();
  private final Map<String, String> prefixed = new HashMap<>();
  private final Set<Character> standalone = new HashSet<>();
  private final Set<String> relations = new HashSet<>();
  private final Set<String> cues = new HashSet<>();
  private final Particles particles;

  PressFormFinder(DataLines data, Gazetteer gazetteer, Particles particles) {
    this.particles = particles;
    for (DataLines.Row row : data.rows()) {
      row.needColumns(2);
      String form = row.cell(0);
      switch (row.cell(1)) {
        case "syllable" -> {
          GazetteerEntry state = gazetteer.state(row.cell(2));
          if (form.length() != 1 || state == null) {
            throw row.problem("a syllable row is one character and a known state code");
          }
          syllables.put(form.charAt(0), state);
        }
        case "standalone" -> standalone.add(form.charAt(0));
        case "compound" -> compounds.add(form);
        case "prefixed" -> {
          if (!Set.of("any", "tail", "cue").contains(row.cell(2))) {
            throw row.problem("prefixed rule must be any, tail or cue: '" + row.cell(2) + "'");
          }
          prefixed.put(form, row.cell(2));
        }
        case "relation" -> relations.add(form);
        case "cue" -> cues.add(form);
        default -> throw row.problem("unknown kind '" + row.cell(1) + "'");
      }
    }
    for (String c : compounds) {
      for (char s : c.toCharArray()) {
        if (!syllables.containsKey(s)) {
          throw new DataFileException(data.file(), 0, "compound " + c + " uses unknown syllable " + s);
        }
      }
    }
  }

  void scan(CharSequence text, int from, int to, List<Found> out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!HangulSpelling.isHangul(c) || (i > from && HangulSpelling.isHangul(text.charAt(i - 1)))) {
        continue;
      }
      if (!compound(text, i, to, out)) {
        prefixedOrAlone(text, i, to, out);
      }
    }
  }

  private boolean compound(CharSequence text, int i, int to, List<Found> out) {
    int[] parts = new int[3];
    int n = 0;
    boolean separated = true;
    int j = i;
    while (n < 3 && j < to && syllables.containsKey(text.charAt(j))) {
      parts[n++] = j;
      if (j + 2 < to && SEPARATORS.indexOf(text.charAt(j + 1)) >= 0
          && syllables.containsKey(text.charAt(j + 2)) && n < 3) {
        j += 2;
      } else {
        if (j + 1 < to && syllables.containsKey(text.charAt(j + 1)) && n < 3) {
          separated = false;
        }
        j += 1;
      }
    }
    for (int k = n; k >= 2; k--) {
      int end = parts[k - 1] + 1;
      StringBuilder plain = new StringBuilder();
      for (int p = 0; p < k; p++) {
        plain.append(text.charAt(parts[p]));
      }
      boolean listed = compounds.contains(plain.toString());
      boolean spelled = separated && end - i == 2 * k - 1;
      if ((listed || spelled) && restOk(text, end, to)) {
        for (int p = 0; p < k; p++) {
          out.add(Found.of(syllables.get(text.charAt(parts[p])), parts[p], parts[p] + 1));
        }
        return true;
      }
    }
    return false;
  }

  private void prefixedOrAlone(CharSequence text, int i, int to, List<Found> out) {
    if (i + 1 < to) {
      String rule = prefixed.get(text.subSequence(i, i + 2).toString());
      GazetteerEntry state = syllables.get(text.charAt(i + 1));
      if (rule != null && state != null) {
        boolean ok = switch (rule) {
          case "any" -> true;
          case "tail" -> restOk(text, i + 2, to);
          default -> cued(text, i + 2, to);
        };
        if (ok) {
          out.add(Found.of(state, i + 1, i + 2));
          return;
        }
      }
    }
    char c = text.charAt(i);
    if (standalone.contains(c) && particles.isParticles(hangulRun(text, i + 1, to))) {
      out.add(Found.of(syllables.get(c), i, i + 1));
    }
  }

  /** After a compound: nothing, particles, or a relation noun (관계, 공조, 정상…). */
  private boolean restOk(CharSequence text, int end, int to) {
    CharSequence rest = hangulRun(text, end, to);
    if (particles.isTail(rest)) {
      return true;
    }
    for (int k = Math.min(4, rest.length()); k >= 1; k--) {
      if (relations.contains(rest.subSequence(0, k).toString())) {
        return true;
      }
    }
    return false;
  }

  /** For an ambiguous prefixed form (대중: "the public"), the rest of the word or the next word must hold a cue. */
  private boolean cued(CharSequence text, int end, int to) {
    int j = end;
    while (j < to && HangulSpelling.isHangul(text.charAt(j))) {
      j++;
    }
    String word = text.subSequence(end, j).toString();
    if (word.isEmpty()) {
      while (j < to && text.charAt(j) == ' ') {
        j++;
      }
      int k = j;
      while (k < to && HangulSpelling.isHangul(text.charAt(k))) {
        k++;
      }
      word = text.subSequence(j, k).toString();
    }
    for (String cue : cues) {
      if (word.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static CharSequence hangulRun(CharSequence text, int from, int to) {
    int j = from;
    while (j < to && HangulSpelling.isHangul(text.charAt(j))) {
      j++;
    }
    return text.subSequence(from, j);
  }
}
