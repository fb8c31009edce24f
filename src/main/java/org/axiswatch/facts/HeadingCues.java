package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Heading words that make the points below them typed claims (headings.yaml). */
final class HeadingCues {
  private record Cue(Pattern pattern, ClaimKind kind) {}

  private final List<Cue> cues;

  private HeadingCues(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  static HeadingCues load(List<DataEntry> entries) {
    List<Cue> cues = new ArrayList<>();
    for (DataEntry e : entries) {
      ClaimKind kind = e.constant("kind", ClaimKind.class);
      if (kind == ClaimKind.REPORT || kind == ClaimKind.ASSESSMENT) {
        throw e.problem("a heading gives POSSIBILITY, LIMITATION or RECOMMENDATION, not " + kind);
      }
      String term = e.text("term");
      String lang = term.chars().anyMatch(c -> c >= 0xAC00) ? "ko" : "en";
      cues.add(new Cue(LexiconPatterns.literal(e, term, lang), kind));
    }
    return new HeadingCues(cues);
  }

  /** The one kind a heading names, or null when it names none or several. */
  ClaimKind kindOf(String heading) {
    Set<ClaimKind> kinds = EnumSet.noneOf(ClaimKind.class);
    for (Cue c : cues) {
      if (c.pattern().matcher(heading).find()) {
        kinds.add(c.kind());
      }
    }
    return kinds.size() == 1 ? kinds.iterator().next() : null;
  }
}
