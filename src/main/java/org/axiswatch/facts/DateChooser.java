package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.PartialDate;

/**
 * Finds the date of a trigger among the DATE mentions of its sentence. A date serves one event:
 * once taken it is consumed, so "9.23(토) 개막하는 … 파견해" does not give the games' date to the
 * delegation.
 */
final class DateChooser {
  /** Dates joined as one series: "5월에 이어 지난 8월에도", "March and May". */
  private static final Pattern SERIES = Pattern.compile(
      "\\s*(?:에\\s*이어(?:서)?|과|와|및|,|,?\\s*and|or|에도)\\s*(?:지난|올해|작년|같은\\s*해)?\\s*"
          + "(?:(?<=and )(?:again|later|once more)\\s*)?(?:(?<=\\s)(?:on|in)\\s+)?");
  /** "6년 만의 정상회담", "4년 5개월 만에": a span of time counted back, not the day of an event. */
  private static final Pattern SINCE_KO = Pattern.compile("\\s*(?:여|남짓)?\\s*만(?:의|에|이다|이며|이자)");
  /** "the first in five years", "the first such visit in 24 years": likewise in English. */
  private static final Pattern SINCE_EN = Pattern.compile(
      "(?s).*\\bfirst\\b(?:\\s+[\\w-]+){0,3}\\s+in\\s+(?:more than\\s+|nearly\\s+|over\\s+)?$");
  /** A wire dateline: a capital city, its date, then a dash or the agency. */
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{Lu}/ .]+,\\s[^\\n]{3,20}?\\s*(?:\\([A-Z][\\w ]+\\)\\s*)?(?:--|—|–|-\\s)");
  private static final Pattern THAT = Pattern.compile("\\bthat\\b");
  /**
   * What may stand before a date that opens an English sentence: "On Monday,", "Earlier on
   * Friday,", "In a statement carried by KCNA on April 28,", "Two days later, on April 28,".
   */
  private static final Pattern OPENING = Pattern.compile("\\W*(?:\\p{L}+\\s+){0,2}"
      + "|\\W*(?:In|At|During)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,7}"
      + "|\\W*(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+,\\s+(?:on|in)\\s+");

  private final DocumentView view;
  private final SentenceView sentence;
  private final List<Spot> dates = new ArrayList<>();
  private final Set<Spot> used = new HashSet<>();
  /** "NEW YORK, April 30, 2024 --": the filing day, for a predicate of the lead with no date. */
  private Spot dateline;

  DateChooser(DocumentView view, SentenceView sentence) {
    this.view = view;
    this.sentence = sentence;
    for (Spot s : view.spotsIn(sentence.start(), sentence.end())) {
      if (s.isDate() && value(s) != null && !view.marks.quoted(s.start())
          && !view.marks.bracketed(s.start()) && !elapsed(view, s)) {
        dates.add(s);
      }
    }
    if (!dates.isEmpty() && DATELINE.matcher(view.text.substring(sentence.start(),
        Math.min(sentence.end(), dates.get(0).end() + 16))).lookingAt()) {
      dateline = dates.remove(0);
    }
  }

  /**
   * Dates for a predicate: the first free date of its clause before it (Korean puts the time first)
   * with the dates in series with it; else the first after it in the clause (English "on
   * Monday"); else the nearest free date earlier in the sentence; else the bullet's leading date.
   */
  List<Spot> forPredicate(int at) {
    return forPredicate(at, Integer.MAX_VALUE, false, false);
  }

  /**
   * @param reach how far after the predicate its own date may stand: an English speech verb's
   *     clause up to the next event word ("announced the capture on Saturday", not "said Pyongyang
   *     deployed troops in October")
   * @param beforeContent an English reporting verb: a date after "that" dates the content, not
   *     the verb
   * @param shareClause when no free date is left, take one already used in the same clause
   *     ("signed a pact on Wednesday as Putin visited Pyongyang")
   */
  List<Spot> forPredicate(int at, int reach, boolean beforeContent, boolean shareClause) {
    int from = sentence.clauseStart(at);
    int to = Math.min(sentence.clauseEnd(at), reach);
    if (beforeContent) {
      java.util.regex.Matcher m = THAT.matcher(view.text).region(at, to);
      if (m.find()) {
        to = m.start();
      }
    }
    for (int i = 0; i < dates.size(); i++) {
      Spot d = dates.get(i);
      if (!used.contains(d) && d.start() >= from && d.end() <= at) {
        Spot day = within(d, i, at);
        if (day != null) {
          return List.of(day); // "이달 … 지난 18일 회의를 열었다": the day, not the month
        }
        List<Spot> series = new ArrayList<>(List.of(d));
        for (int j = i + 1; j < dates.size() && dates.get(j).end() <= at; j++) {
          Spot prev = series.get(series.size() - 1);
          if (!SERIES.matcher(view.text.substring(prev.end(), dates.get(j).start())).matches()) {
            break;
          }
          series.add(dates.get(j));
        }
        return series;
      }
    }
    for (int i = 0; i < dates.size(); i++) {
      Spot d = dates.get(i);
      if (!used.contains(d) && d.start() >= at && d.end() <= to) {
        // "traveled to Pyongyang on June 4 and again on June 17": one trip each day
        List<Spot> series = new ArrayList<>(List.of(d));
        for (int j = i + 1; j < dates.size() && dates.get(j).end() <= to; j++) {
          Spot prev = series.get(series.size() - 1);
          if (used.contains(dates.get(j)) || !SERIES.matcher(
              view.text.substring(prev.end(), dates.get(j).start())).matches()) {
            break;
          }
          series.add(dates.get(j));
        }
        return series;
      }
    }
    Spot earlier = null;
    for (Spot d : dates) {
      // "…, the second such gift this year, KCNA reported": an English speech verb after its
      // content does not take the content's date from an earlier clause ("On Monday, X said" does)
      boolean opening = OPENING.matcher(withoutDates(sentence.start(), d.start())).matches();
      if (!used.contains(d) && d.end() <= at && (!beforeContent || d.start() >= from || opening)) {
        earlier = d;
      }
    }
    if (earlier != null) {
      return List.of(earlier);
    }
    if (!sentence.korean()) {
      // "On April 28, the commission issued a statement …, and Kim promised …": a date opening
      // the sentence dates each of its predicates, taken or not
      for (Spot d : dates) {
        if (d.end() <= at && view.text.startsWith(",", d.end())
            && OPENING.matcher(withoutDates(sentence.start(), d.start())).matches()) {
          return List.of(d);
        }
      }
    }
    Spot lead = sentence.lead();
    // a date opening the bullet above serves every predicate of its sub-bullet
    if (lead != null && (!used.contains(lead) || lead.start() < sentence.start())) {
      return List.of(lead);
    }
    if (dateline != null && !used.contains(dateline)) {
      return List.of(dateline);
    }
    if (shareClause) {
      for (Spot d : dates) {
        if (d.start() >= from && d.end() <= to) {
          return List.of(d);
        }
      }
    }
    return List.of();
  }

  /** A free, finer date after dates[i] and before {@code at} that falls inside it, or null. */
  private Spot within(Spot wide, int i, int at) {
    PartialDate w = value(wide);
    for (int j = i + 1; j < dates.size() && dates.get(j).end() <= at; j++) {
      PartialDate n = value(dates.get(j));
      if (!used.contains(dates.get(j)) && n.precision().compareTo(w.precision()) > 0
          && !n.first().isBefore(w.first()) && !n.last().isAfter(w.last())) {
        return dates.get(j);
      }
    }
    return null;
  }

  /**
   * A date already taken in the predicate's clause that names its setting: "11일 회담
   * 모두발언에서 … 말했다" says what was said at the talks of the 11th.
   */
  List<Spot> setting(int at) {
    int from = sentence.clauseStart(at);
    for (Spot d : dates) {
      if (used.contains(d) && d.start() >= from && d.end() <= at) {
        String between = view.text.substring(d.end(), Math.min(at, d.end() + 24));
        if (between.contains("에서")) {
          return List.of(d);
        }
      }
    }
    return List.of();
  }

  /** text[from, to) with its dates left out: "Two days later, on April 28," opens a sentence. */
  private String withoutDates(int from, int to) {
    StringBuilder b = new StringBuilder();
    int at = from;
    for (Spot d : dates) {
      if (d.start() >= at && d.end() <= to) {
        b.append(view.text, at, d.start());
        at = d.end();
      }
    }
    return b.append(view.text, at, to).toString();
  }

  /** The last date already taken in text[from, at): the occasion a participle or noun shares. */
  List<Spot> takenBefore(int at, int from) {
    Spot last = null;
    for (Spot d : dates) {
      if (used.contains(d) && d.start() >= from && d.end() <= at) {
        last = d;
      }
    }
    return last == null ? List.of() : List.of(last);
  }

  /** "6년 만의", "the first in five years": an elapsed span, not a date of the sentence. */
  static boolean elapsed(DocumentView view, Spot d) {
    String own = view.text.substring(d.start(), d.end());
    String after = view.text.substring(d.end(), Math.min(view.text.length(), d.end() + 6));
    String before = view.text.substring(Math.max(0, d.start() - 40), d.start());
    // the mention may hold the particle or the preposition itself: "6년 만에", "in five years"
    int space = own.indexOf(' ');
    boolean ownIn = own.startsWith("in ") && space > 0;
    return SINCE_KO.matcher(after).lookingAt() || own.matches(".*\\s만(?:의|에)$")
        || SINCE_EN.matcher(before).matches()
        || ownIn && SINCE_EN.matcher(before + own.substring(0, space + 1)).matches();
  }

  /** The date of a noun: the nearest free date before it in its clause ("지난해 2월 우크라 침공"). */
  List<Spot> forNoun(int at, boolean english, int floor) {
    return forNoun(at, english, floor, false);
  }

  /** @param plural the noun counts occasions ("visits"), so a "since" date starts the count */
  List<Spot> forNoun(int at, boolean english, int floor, boolean plural) {
    int from = Math.max(floor, sentence.clauseStart(at));
    Spot best = null;
    for (Spot d : dates) {
      if (!used.contains(d) && d.start() >= from && d.end() <= at) {
        best = d;
      }
    }
    if (best != null) {
      // "지난 5월과 8월 두 차례 … 발사": the series ending at the nearest date
      List<Spot> series = new ArrayList<>(List.of(best));
      for (int i = dates.indexOf(best) - 1; i >= 0; i--) {
        Spot d = dates.get(i);
        if (used.contains(d) || d.start() < from
            || !SERIES.matcher(view.text.substring(d.end(), series.get(0).start())).matches()) {
          break;
        }
        series.add(0, d);
      }
      return series;
    }
    if (english) {
      int to = sentence.clauseEnd(at);
      for (Spot d : dates) {
        // "40 visits … since March 7": a count from a starting point, not one occasion's date
        if (used.contains(d) || d.start() < at || d.end() > to) {
          continue;
        }
        boolean count = plural && view.text.substring(Math.max(at, d.start() - 6), d.start())
            .contains("since");
        if (!count) {
          return List.of(d);
        }
      }
    }
    return List.of();
  }

  void consume(List<Spot> taken) {
    used.addAll(taken);
  }

  static PartialDate value(Spot date) {
    try {
      return PartialDate.parse(date.mention().value());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
