package org.axiswatch.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Troops counted with no noun ("sent a further 3,000 to Russia", "has deployed another 1,500"):
 * the number is the item, where the few lines before or the sentence itself speak of troops sent.
 * English only; Korean names the sending itself (3천 명을 추가 파병).
 */
final class BareTroops {
  private static final Pattern BARE = Pattern.compile(
      "\\b(?:sent|send|sending|dispatched|dispatch|dispatching|deployed|deploy|deploying)\\s+"
          + "(?:(?:a\\s+further|another|an\\s+additional|an\\s+estimated|some|about|around|roughly"
          + "|nearly|more\\s+than|at\\s+least|up\\s+to)\\s+)?"
          + "([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{3,6})(?:\\s+more)?(?=\\s+(?:to|into|across)\\b|[.,;])",
      Pattern.CASE_INSENSITIVE);
  private static final int LOOK_BACK = 400;

  private BareTroops() {}

  /** The sentence's items, with a bare count of troops as one more where there is one. */
  static List<ItemLexicon.Found> with(DocumentView view, SentenceView s,
      List<ItemLexicon.Found> items) {
    if (s.korean()) {
      return items;
    }
    Matcher m = BARE.matcher(view.text).region(s.start(), s.end());
    if (!m.find()) {
      return items;
    }
    ItemTerm troops = view.lexicon().items().term("troops");
    if (troops == null || !troopsNear(view, s, troops)) {
      return items;
    }
    List<ItemLexicon.Found> out = new ArrayList<>(items);
    do {
      int at = m.start(1);
      int end = m.end(1);
      if (out.stream().noneMatch(f -> f.start() < end && at < f.end())) {
        out.add(new ItemLexicon.Found(troops, at, end));
      }
    } while (m.find());
    out.sort(Comparator.comparingInt(ItemLexicon.Found::start));
    return out;
  }

  /** Troops named in the sentence or the few lines before it (the same entry of items.yaml). */
  private static boolean troopsNear(DocumentView view, SentenceView s, ItemTerm troops) {
    return view.items.find(Math.max(0, s.start() - LOOK_BACK), s.end()).stream()
        .anyMatch(f -> f.term().category() == troops.category()
            && f.term().direction() == troops.direction());
  }
}
