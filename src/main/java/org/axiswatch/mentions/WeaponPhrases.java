package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins a weapon name with the words that only qualify it, so the phrase is one mention of the
 * specific system: a modifier before it (신형 전차, 개량형 이스칸데르, 단거리 탄도미사일 — the
 * short-range one when the gazetteer has the joined form) and a class word after it, through an
 * abbreviation in brackets and 계열/급 ("수호이(SU) 계열 전투기" is Sukhoi, not a separate "fighter
 * aircraft"; "Su-27 전투기" is the Su-27; "KN-23 missiles" is the KN-23).
 */
final class WeaponPhrases {
  private static final List<String> LINKS = List.of("계열의", "계열", "급의", "급", "기종");

  private final NameIndex index;
  private final WeaponClassFinder words;
  private final Particles particles;

  WeaponPhrases(NameIndex index, WeaponClassFinder words, Particles particles) {
    this.index = index;
    this.words = words;
    this.particles = particles;
  }

  /** {@code kept} sorted by start; returns the joined list, still sorted. */
  List<Found> join(CharSequence text, int from, List<Found> kept) {
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
      f = koreanModifier(text, from, f, out);
      int start = modifierStart(text, from, f.start());
      int end = f.end();
      int j = after(text, f.end());
      Found next = byStart.get(j);
      if (next != null && next.type() == EntityType.WEAPON && next != f) {
        end = next.end();
        skipUntil = end;
      } else if (next == null && designation(text, f)) {
        end = classWordEnd(text, j, end);
      }
      out.add(start == f.start() && end == f.end() ? f
          : new Found(f.type(), start, end, f.entityId(), f.entry(), f.origin(), null));
    }
    return out;
  }

  /**
   * The weapon with the Korean word before it when that word qualifies it: the gazetteer's joined
   * form (단거리 + 탄도미사일 is the SRBM) or a listed modifier (중거리, 극초음속). When the word
   * before is itself a kept mention it stays as it is. Returns {@code f} when nothing applies.
   */
  private Found koreanModifier(CharSequence text, int from, Found f, List<Found> before) {
    int pe = f.start() - 1;
    if (pe <= from || text.charAt(pe) != ' ' || !HangulSpelling.isHangul(text.charAt(f.start()))) {
      return f;
    }
    int ps = pe;
    while (ps > from && HangulSpelling.isHangul(text.charAt(ps - 1))) {
      ps--;
    }
    if (ps == pe || (!before.isEmpty() && before.get(before.size() - 1).end() > ps)) {
      return f;
    }
    String word = text.subSequence(ps, pe).toString();
    String name = text.subSequence(f.start(), f.end()).toString();
    String together = word + name;
    NameIndex.Hit hit = index.longestAt(together, 0, together.length());
    Found result = null;
    if (hit != null && hit.end() == together.length()
        && hit.forms().get(0).entry().type() == EntityType.WEAPON) {
      result = Found.of(hit.forms().get(0).entry(), ps, f.end());
    } else if (words.koreanModifiers.contains(word)) {
      result = new Found(f.type(), ps, f.end(), f.entityId(), f.entry(), f.origin(), null);
    }
    return result == null ? f : result;
  }

  /** A designation ends in a digit or a capital (KN-23, Hwasong-11, ATACMS), a class does not. */
  private static boolean designation(CharSequence text, Found f) {
    char last = text.charAt(f.end() - 1);
    return Character.isDigit(last) || Character.isUpperCase(last);
  }

  /** The end of a bare class word at {@code j} after a designation (KN-23 missiles, 화성-11 미사일). */
  private int classWordEnd(CharSequence text, int j, int end) {
    int n = text.length();
    int e = j;
    while (e < n && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (e == j || j == end) {
      return end;
    }
    String w = text.subSequence(j, e).toString();
    if (NameIndex.isLatin(w.charAt(0))) {
      return words.isHead(w) ? e : end;
    }
    for (String head : words.koreanHeads) {
      if (w.startsWith(head) && (w.length() == head.length()
          || particles.particleSuffix(w) == w.length() - head.length())) {
        return j + head.length();
      }
    }
    return end;
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
