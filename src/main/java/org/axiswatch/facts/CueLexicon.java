package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Transfer verbs and modality words (cues.yaml). */
final class CueLexicon {
  /** One cue found in the text. */
  record Found(CueKind kind, int start, int end) {}

  private record Cue(CueKind kind, Pattern pattern) {}

  /** The kinds found in one text, by span: a sentence's span is asked again for each of its items. */
  private record KindsMemo(String text, Map<Long, Set<CueKind>> bySpan) {}

  private final List<Cue> cues;
  private volatile KindsMemo kindsMemo = new KindsMemo("", new ConcurrentHashMap<>());

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

  /** Cues of the given kinds in text[start, end), in text order. */
  List<Found> find(String text, int start, int end, Set<CueKind> kinds) {
    List<Found> out = new ArrayList<>();
    if (start >= end) {
      return out;
    }
    for (Cue c : cues) {
      if (!kinds.contains(c.kind())) {
        continue;
      }
      Matcher m = c.pattern().matcher(text).region(start, end);
      while (m.find()) {
        out.add(new Found(c.kind(), m.start(), m.end()));
      }
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    return out;
  }

  /** The kinds of cue present in text[start, end). */
  Set<CueKind> kinds(String text, int start, int end) {
    KindsMemo memo = kindsMemo;
    if (memo.text() != text) {
      memo = new KindsMemo(text, new ConcurrentHashMap<>());
      kindsMemo = memo;
    }
    long span = (long) start << 32 | (end & 0xffffffffL);
    Set<CueKind> known = memo.bySpan().get(span);
    if (known != null) {
      return known;
    }
    Set<CueKind> out = EnumSet.noneOf(CueKind.class);
    for (Found f : find(text, start, end, EnumSet.allOf(CueKind.class))) {
      out.add(f.kind());
    }
    Set<CueKind> kinds = Collections.unmodifiableSet(out);
    memo.bySpan().put(span, kinds);
    return kinds;
  }
}
