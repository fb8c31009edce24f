package org.axiswatch.mentions;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;

/**
 * Settles the dates that lean on a day the text names: a bare day ("26일", "on the 26th") takes
 * its month from the nearest full day (month and day) in the same or the previous sentence of its
 * paragraph ("4월 28일 … 26일" is 26 April), failing that from the document date (news returns to
 * the report's own month after a paragraph break); a counted day word (전날, 이틀 전, "the
 * next day") counts from the nearest day named in the same or the previous sentence, failing that
 * from the document date (a forward count, "the next day", from the latest day named before it in
 * the chunk, never from the document date, which would put it after the report). A day word next
 * to the day it stands for ("이틀 전인 26일", "Two days later, on April 28") gives way to that day,
 * and helps it find its month.
 */
final class DateContext {
  /** How a candidate's value is reached. */
  enum Role { FIXED, BARE_DAY, COUNTED, DEICTIC }

  /**
   * A date candidate before its neighbours are known.
   *
   * @param value the value so far (a bare day: by the document date; a counted word: null)
   * @param number a bare day's day of the month; a day word's count of days
   */
  record Cand(Role role, int start, int end, PartialDate value, int number) {}

  /** A day word and the day it stands for, side by side: "이틀 전인 26일", "two days later, on". */
  private static final Pattern APPOSITION = Pattern.compile(
      "\\s*(?:인|께인|,|—|–|-|\\()?\\s*(?:(?i:on|on\\s+the)\\s+)?");
  /** "on April 26, two days earlier": the day first, then the word. */
  private static final Pattern APPOSITION_BEFORE = Pattern.compile("\\s*[,(—–]\\s*");
  /** A sentence end: a stop before a space or quote, or a line break. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。][\"'”’)\\]]*(?=\\s)|\\n");

  /** A blank line: the paragraph before it is out of reach. */
  private static final Pattern PARAGRAPH = Pattern.compile("\\n[ \\t\u3000]*\\n");

  private DateContext() {}

  /** The dates of a chunk with the leaning ones settled, in text order; unsettled ones dropped. */
  static List<Found> settle(CharSequence text, List<Cand> cands, PartialDate anchor) {
    List<Cand> sorted = new ArrayList<>();
    for (Cand c : cands) {
      if (!inside(c, cands)) {
        sorted.add(c);
      }
    }
    sorted.sort(Comparator.comparingInt(Cand::start).thenComparing(c -> -(c.end() - c.start())));
    List<Cand> done = new ArrayList<>();
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Cand c = sorted.get(i);
      PartialDate v = switch (c.role()) {
        case FIXED, DEICTIC -> c.value();
        case BARE_DAY -> bareDay(text, c, done, sorted, i);
        case COUNTED -> counted(text, c, done, sorted, i, anchor);
      };
      if (v != null) {
        Cand settled = new Cand(c.role(), c.start(), c.end(), v, c.number());
        done.add(settled);
        out.add(new Found(EntityType.DATE, c.start(), c.end(), null, null, "pattern", DateText.iso(v)));
      }
    }
    return out;
  }

  /** "27일" inside "지난달 27일": the longer reading stands, the shorter never leans on anything. */
  private static boolean inside(Cand c, List<Cand> all) {
    for (Cand o : all) {
      if (o != c && o.start() <= c.start() && c.end() <= o.end() && o.end() - o.start() > c.end() - c.start()) {
        return true;
      }
    }
    return false;
  }

  private static PartialDate bareDay(CharSequence text, Cand c, List<Cand> done, List<Cand> all, int i) {
    // "이틀 전인 26일": the count from the day before it gives the month when it lands on the 26th
    Cand word = wordBefore(text, c, all, i);
    if (word != null) {
      PartialDate from = nearest(text, word.start(), done);
      if (from != null) {
        PartialDate counted = PartialDate.of(from.first().plusDays(word.number()));
        if (counted.day() == c.number()) {
          return counted;
        }
      }
    }
    // a day named with its month, not a month alone: in "지난 6월 체결한 조약이 4일 발효됐다" the
    // 4th is the report's month, "지난 6월" background
    PartialDate month = nearest(text, c.start(), done);
    if (month != null) {
      try {
        return new PartialDate(month.year(), month.month(), c.number());
      } catch (IllegalArgumentException | DateTimeException invalid) {
        // 31일 after a June date: fall back to the document's month
      }
    }
    return c.value();
  }

  private static PartialDate counted(CharSequence text, Cand c, List<Cand> done, List<Cand> all, int i,
      PartialDate anchor) {
    if (dayRightAfter(text, c, all, i) || dayRightBefore(text, c, done)) {
      return null; // the named day carries the date
    }
    PartialDate from = nearest(text, c.start(), done);
    if (from == null && c.number() > 0) {
      for (Cand d : done) {
        if (d.end() <= c.start() && d.value().day() != null) {
          from = d.value(); // the latest day named before it in the chunk
        }
      }
    } else if (from == null && anchor != null && anchor.day() != null) {
      from = anchor;
    }
    return from == null ? null : PartialDate.of(from.first().plusDays(c.number()));
  }

  /** A counted word right before a bare day: "이틀 전인 26일". */
  private static Cand wordBefore(CharSequence text, Cand c, List<Cand> all, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Cand w = all.get(j);
      if (w.role() == Role.COUNTED && w.end() <= c.start()
          && APPOSITION.matcher(text.subSequence(w.end(), c.start())).matches()) {
        return w;
      }
    }
    return null;
  }

  private static boolean dayRightAfter(CharSequence text, Cand c, List<Cand> all, int i) {
    for (int j = i + 1; j < all.size(); j++) {
      Cand d = all.get(j);
      if (d.start() >= c.end() && (d.role() == Role.BARE_DAY || d.role() == Role.FIXED && d.value() != null
          && d.value().day() != null)) {
        return APPOSITION.matcher(text.subSequence(c.end(), d.start())).matches();
      }
    }
    return false;
  }

  private static boolean dayRightBefore(CharSequence text, Cand c, List<Cand> done) {
    for (int j = done.size() - 1; j >= 0; j--) {
      Cand d = done.get(j);
      if (d.end() <= c.start()) {
        return d.role() != Role.DEICTIC && d.value().day() != null
            && APPOSITION_BEFORE.matcher(text.subSequence(d.end(), c.start())).matches();
      }
    }
    return false;
  }

  /**
   * The value of the nearest settled day before {@code at} in the same or the previous sentence of
   * its paragraph; the writer's own days (yesterday) do not count.
   */
  private static PartialDate nearest(CharSequence text, int at, List<Cand> done) {
    for (int j = done.size() - 1; j >= 0; j--) {
      Cand d = done.get(j);
      if (d.end() > at || d.role() == Role.DEICTIC) {
        continue;
      }
      if (sentenceEnds(text, d.end(), at) > 1 || PARAGRAPH.matcher(text).region(d.end(), at).find()) {
        return null; // a new paragraph returns to the report's own days
      }
      if (d.value().day() != null) {
        return d.value();
      }
    }
    return null;
  }

  /** Sentence ends between two places; a stop and the line break after it count once. */
  private static int sentenceEnds(CharSequence text, int from, int to) {
    var m = SENTENCE_END.matcher(text).region(from, to);
    int n = 0;
    int last = -2;
    while (m.find()) {
      boolean joined = last >= 0 && text.subSequence(last, m.start()).toString().isBlank();
      if (!joined) {
        n++;
      }
      last = m.end();
    }
    return n;
  }
}
