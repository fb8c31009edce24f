package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins a weapon name with the words that only qualify it, so the phrase is one mention of the
 * specific system: a modifier before it (신형 전차, 개량형 이스칸데르) and a class word after it,
 * through an abbreviation in brackets and 계열/급 ("수호이(SU) 계열 전투기" is Sukhoi, not a
 * separate "fighter aircraft"; "Su-27 전투기" is the Su-27).
 */
final class WeaponPhrases {
  private static final List<String> LINKS = List.of("계열의", "계열", "급의", "급", "기종");

  private WeaponPhrases() {}

  /** {@code kept} sorted by start; returns the joined list, still sorted. */
  static List<Found> join(CharSequence text, int from, List<Found> kept) {
    Map<Integer, Found> byStart = new HashMap<>();
    for (Found f : kept) {
      byStart.put(f.start(), f);
    }
    List<Found> out = new ArrayList<>(kept.size());
    int skipUntil = -1;
    for (Found f : kept) {
      if (f.start() < skipUntil) {
        continue;
      }
      if (f.type() != EntityType.WEAPON || f.entityId() == null) {
        out.add(f);
        continue;
      }
      int start = modifierStart(text, from, f.start());
      int end = f.end();
      int j = after(text, f.end());
      Found next = byStart.get(j);
      if (next != null && next.type() == EntityType.WEAPON && next != f) {
        end = next.end();
        skipUntil = end;
      }
      out.add(start == f.start() && end == f.end() ? f
          : new Found(f.type(), start, end, f.entityId(), f.entry(), f.origin(), null));
    }
    return out;
  }

  private static int modifierStart(CharSequence text, int from, int start) {
    int i = start;
    while (i > from && text.charAt(i - 1) == ' ' && start - i < 1) {
      i--;
    }
    for (String m : GazetteerMatcher.MODIFIERS) {
      int s = i - m.length();
      if (s >= from && text.subSequence(s, i).toString().equals(m)
          && (s == from || !HangulSpelling.isHangul(text.charAt(s - 1)))) {
        return s;
      }
    }
    return start;
  }

  /** Where a class word would start after a name: past "(ABBR)", spaces and a link word. */
  private static int after(CharSequence text, int end) {
    int i = end;
    int n = text.length();
    if (i < n && (text.charAt(i) == '(' || text.charAt(i) == '（')) {
      int close = i + 1;
      while (close < n && close - i <= 8 && text.charAt(close) != ')' && text.charAt(close) != '）') {
        close++;
      }
      if (close < n && close - i <= 8) {
        i = close + 1;
      }
    }
    i = spaces(text, i);
    for (String link : LINKS) {
      if (i + link.length() <= n && text.subSequence(i, i + link.length()).toString().equals(link)) {
        i = spaces(text, i + link.length());
        break;
      }
    }
    return i;
  }

  private static int spaces(CharSequence text, int i) {
    int j = i;
    while (j < text.length() && j - i < 2 && text.charAt(j) == ' ') {
      j++;
    }
    return j;
  }
}
