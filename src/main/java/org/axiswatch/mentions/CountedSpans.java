package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;

/**
 * English phrases that count months or years from the date named before them: "the previous
 * month", "a year earlier", "the following year" ({@code relative-spans.tsv}). Counted from the
 * nearest date before the phrase in its chunk, at that date's precision down to the month
 * ("October last year … the previous month" is September); with none, from the document date,
 * a year count then only to the year. A phrase that opens a preposition's object ("a year before
 * the war") is no date. Looked for only where one of the phrases' last words stands.
 */
final class CountedSpans {
  private record Phrase(String text, int months) {}

  /** "a year before the war", "a month after his visit": a preposition, not a date. */
  private static final Pattern OBJECT_AFTER = Pattern.compile(
      "\\s+(?:the|a|an|his|her|its|their|this|that|these|those|\\p{Lu}\\w*|\\w+['’]s)\\b");

  private final List<Phrase> phrases = new ArrayList<>();
  /** The phrases' indexes by their last word, any case. */
  private final FoldedWords<List<Integer>> byLastWord;

  CountedSpans(DataLines lines) {
    java.util.Map<String, List<Integer>> lastWords = new java.util.HashMap<>();
    for (DataLines.Row r : lines.rows()) {
      r.needColumns(2);
      int months;
      try {
        months = Integer.parseInt(r.cell(1).replace("+", ""));
      } catch (NumberFormatException e) {
        throw r.problem("not a whole number of months: " + r.cell(1));
      }
      String text = r.cell(0).toLowerCase(Locale.ROOT);
      if (text.isBlank() || months == 0) {
        throw r.problem("expected a phrase and a non-zero count of months");
      }
      phrases.add(new Phrase(text, months));
      String last = text.substring(text.lastIndexOf(' ') + 1);
      lastWords.computeIfAbsent(last, w -> new ArrayList<>()).add(phrases.size() - 1);
    }
    byLastWord = new FoldedWords<>(lastWords);
  }

  static CountedSpans standard() {
    return new CountedSpans(DataLines.resource("relative-spans.tsv"));
  }

  /**
   * Adds the counted phrases of the chunk to {@code found}, which holds the chunk's dates. A phrase
   * is looked for only where its last word stands ("month", "year", "earlier", …), found among the
   * chunk's word starts by hash, so a chunk is not lower-cased and searched once per phrase.
   */
  void count(ChunkWords words, PartialDate anchor, List<Found> found) {
    String chunk = words.chunk;
    int from = words.from;
    List<int[]> hits = new ArrayList<>(); // {phrase index, chunk offset}
    for (int k = 0; k < words.size(); k++) {
      int lastStart = words.start(k);
      int end = words.end(k);
      if (end == lastStart) {
        continue; // a Hangul word
      }
      List<Integer> ending = byLastWord.get(chunk, lastStart, end, words.hash(k));
      if (ending == null || end < chunk.length() && Character.isLetter(chunk.charAt(end))) {
        continue;
      }
      for (int index : ending) {
        String text = phrases.get(index).text();
        int at = end - text.length();
        if (at >= 0 && (at == 0 || !Character.isLetter(chunk.charAt(at - 1)))
            && chunk.regionMatches(true, at, text, 0, text.length())) {
          hits.add(new int[] {index, at});
        }
      }
    }
    // phrase by phrase in file order, each in text order, as the settling of overlaps expects
    hits.sort(java.util.Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> h[1]));
    List<Found> added = new ArrayList<>();
    for (int[] h : hits) {
      Phrase p = phrases.get(h[0]);
      int k = h[1];
      int end = k + p.text().length();
      if (p.text().endsWith(" before")
          && OBJECT_AFTER.matcher(chunk).region(end, chunk.length()).lookingAt()) {
        continue;
      }
      PartialDate v = counted(from + k, p.months(), anchor, found, from);
      if (v != null) {
        added.add(new Found(EntityType.DATE, from + k, from + end, null, null, "pattern",
            DateText.iso(v)));
      }
    }
    found.addAll(added);
  }

  private static PartialDate counted(int at, int months, PartialDate anchor, List<Found> found,
      int chunkStart) {
    boolean years = months % 12 == 0;
    PartialDate base = null;
    int baseEnd = -1;
    for (Found f : found) { // not in text order: parts of a year are added after the others
      if (f.type() == EntityType.DATE && f.value() != null && f.end() <= at
          && f.start() >= chunkStart && f.end() > baseEnd) {
        try {
          PartialDate d = PartialDate.parse(f.value());
          // a count of months needs a month: "October last year … the previous month"
          if (years || d.month() != null) {
            base = d;
            baseEnd = f.end();
          }
        } catch (RuntimeException unreadable) {
          // a range or other value this count cannot start from
        }
      }
    }
    if (base == null) {
      if (anchor == null || !years && anchor.month() == null) {
        return null;
      }
      return years ? PartialDate.ofYear(anchor.year() + months / 12)
          : shifted(anchor, months);
    }
    return base.month() == null ? PartialDate.ofYear(base.year() + months / 12)
        : shifted(base, months);
  }

  private static PartialDate shifted(PartialDate d, int months) {
    java.time.YearMonth m = java.time.YearMonth.of(d.year(), d.month()).plusMonths(months);
    return PartialDate.ofMonth(m.getYear(), m.getMonthValue());
  }
}
