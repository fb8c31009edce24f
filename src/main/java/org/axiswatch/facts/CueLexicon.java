package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Transfer verbs and modality words (cues.yaml). */
final class CueLexicon {
  /** One cue found in the text. */
  record Found(CueKind kind, int start, int end) {}

  private record Cue(CueKind kind, Pattern pattern) {}

  /** What kinds() reports: building and conducting verbs are asked for by name only. */
  private static final Set<CueKind> MOOD_AND_TRANSFER =
      EnumSet.complementOf(EnumSet.of(CueKind.BUILD, CueKind.CONDUCT, CueKind.EARN));

  private final List<Cue> cues;

  private CueLexicon(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  static CueLexicon load(List<DataEntry> entries) {
    List<Cue> cues = new ArrayList<>();
    for (DataEntry e : entries) {
      cues.add(new Cue(e.constant("kind", CueKind.class),
          LexiconPatterns.compile(e, e.text("pattern"), e.text("lang"))));
    }
    return new CueLexicon(cues);
  }

  /** The cues' patterns, in file order. */
  List<Pattern> patterns() {
    return cues.stream().map(Cue::pattern).toList();
  }

  /** The cues of one text, {@code sifted} telling where each pattern may match. */
  InText in(PatternSieve.Part sifted) {
    return new InText(sifted);
  }

  /** Cues of one text; a pattern runs only on spans that hold one of its words. */
  final class InText {
    private final PatternSieve.Part sifted;
    /** Kinds by span: a sentence's span is asked again for each of its items and triggers. */
    private final Map<Long, Set<CueKind>> kindsBySpan = new HashMap<>();

    private InText(PatternSieve.Part sifted) {
      this.sifted = sifted;
    }

    /** Cues of the given kinds in text[start, end), in text order. */
    List<Found> find(int start, int end, Set<CueKind> kinds) {
      List<Found> out = new ArrayList<>();
      if (start >= end) {
        return out;
      }
      for (int i = 0; i < cues.size(); i++) {
        Cue c = cues.get(i);
        if (sifted.mayOccur(i) && kinds.contains(c.kind())) {
          sifted.find(i, start, end, (from, to) -> out.add(new Found(c.kind(), from, to)));
        }
      }
      out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
          : Integer.compare(b.end(), a.end()));
      return out;
    }

    /** The kinds of cue present in text[start, end). */
    Set<CueKind> kinds(int start, int end) {
      long span = (long) start << 32 | (end & 0xffffffffL);
      Set<CueKind> known = kindsBySpan.get(span);
      if (known != null) {
        return known;
      }
      Set<CueKind> out = EnumSet.noneOf(CueKind.class);
      for (Found f : find(start, end, MOOD_AND_TRANSFER)) {
        out.add(f.kind());
      }
      Set<CueKind> kinds = Collections.unmodifiableSet(out);
      kindsBySpan.put(span, kinds);
      return kinds;
    }
  }
}
