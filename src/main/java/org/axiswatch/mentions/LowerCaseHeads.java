package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A capitalised name typed by a lower-case word beside it, as English prose writes them: "the
 * Krasnoyarsk region", "the Nampho shipyard" after the name, "the destroyer Kang Kon" before it.
 * Words from {@code cues/lower-heads-en.tsv}; only the few characters beside a run are read.
 */
final class LowerCaseHeads {
  private record Head(String word, EntityType type, boolean after, boolean with) {}

  private final List<Head> heads = new ArrayList<>();

  LowerCaseHeads(DataLines lines) {
    for (DataLines.Row r : lines.rows()) {
      r.needColumns(4);
      EntityType type;
      try {
        type = EntityType.valueOf(r.cell(1));
      } catch (IllegalArgumentException e) {
        throw r.problem("not an entity type: '" + r.cell(1) + "'");
      }
      if (!r.cell(2).matches("after|before") || !r.cell(3).matches("with|without")
          || r.cell(0).isBlank()) {
        throw r.problem("expected word, type, after|before and with|without");
      }
      heads.add(new Head(r.cell(0).toLowerCase(Locale.ROOT), type, r.cell(2).equals("after"),
          r.cell(3).equals("with")));
    }
  }

  static LowerCaseHeads standard() {
    return new LowerCaseHeads(DataLines.resource("cues/lower-heads-en.tsv"));
  }

  /** The mention the run text[start, end) makes with a head beside it, or null. */
  Found typed(CharSequence text, int start, int end) {
    for (Head h : heads) {
      if (h.after()) {
        int to = end + 1 + h.word().length();
        if (to <= text.length() && text.charAt(end) == ' '
            && text.subSequence(end + 1, to).toString().equals(h.word())
            && (to == text.length() || !Character.isLetter(text.charAt(to)))) {
          return found(text, h, start, h.with() ? to : end);
        }
      } else {
        int from = start - 1 - h.word().length();
        if (from >= 0 && text.charAt(start - 1) == ' '
            && text.subSequence(from, start - 1).toString().equals(h.word())
            && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
          return found(text, h, start, end);
        }
      }
    }
    return null;
  }

  private static Found found(CharSequence text, Head h, int start, int end) {
    String form = Spaces.collapse(text.subSequence(start, end).toString());
    return new Found(h.type(), start, end, ContextIds.of(h.type(), form), null, "context", null);
  }
}
