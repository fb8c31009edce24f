package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a state's body written with the state before it ("Russia's Defence Ministry", "North
 * Korea's Foreign Ministry", 러시아 외무부) to the gazetteer's body when one of the state's own
 * forms with the body is a form of it ("Russian Defense Ministry", "DPRK Foreign Ministry"), and
 * otherwise names it by the state and the body, so that two states' foreign ministries stay two.
 */
final class StateBodyResolver {
  private final Gazetteer gazetteer;
  private final NameIndex index;

  StateBodyResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.index = gazetteer.index();
  }

  /** Whether a gazetteer body found on its own is the state's (ROK 국방부 after 한국). */
  boolean belongsTo(Found body, GazetteerEntry state) {
    return body.entityId() != null && state.code().equals(gazetteer.nationality(body.entityId()));
  }

  /** The gazetteer body of {@code state} called {@code body}, or null. */
  GazetteerEntry resolve(GazetteerEntry state, String body) {
    boolean korean = !body.isEmpty() && HangulSpelling.isHangul(body.charAt(0));
    for (String variant : variants(body)) {
      for (String form : state.forms()) {
        if (korean != HangulSpelling.isHangul(form.charAt(0))) {
          continue;
        }
        for (String joined : korean ? List.of(form + " " + variant)
            : List.of(form + " " + variant, form + "'s " + variant)) {
          NameIndex.Hit hit = index.longestAt(joined, 0, joined.length());
          if (hit != null && hit.end() == joined.length()) {
            for (NameIndex.Form f : hit.forms()) {
              if (f.entry().type() == EntityType.ORG) {
                return f.entry();
              }
            }
          }
        }
      }
    }
    return null;
  }

  /** The candidate for the body: resolved, or a context body named by the state and the body. */
  Found found(GazetteerEntry state, String body, int start, int end) {
    GazetteerEntry e = resolve(state, body);
    if (e != null) {
      return Found.of(e, start, end);
    }
    String id = ContextIds.of(EntityType.ORG, state.name() + " " + Spaces.collapse(body));
    return new Found(EntityType.ORG, start, end, id, null, "context", null);
  }

  /** Korean words for one ministry: the South's, the North's and the press's usage. */
  private static final List<List<String>> KOREAN_SYNONYMS = List.of(
      List.of("외교부", "외무성", "외무부"), List.of("국방부", "국방성"));

  /**
   * Spellings of one body: Defence Ministry and Defense Ministry; 외무성, 외교부 and 외무부 (중국
   * 외무성 is China's 외교부).
   */
  private static List<String> variants(String body) {
    List<String> out = new ArrayList<>(List.of(body));
    if (body.contains("Defence")) {
      out.add(body.replace("Defence", "Defense"));
    } else if (body.contains("Defense")) {
      out.add(body.replace("Defense", "Defence"));
    }
    for (List<String> same : KOREAN_SYNONYMS) {
      if (same.contains(body)) {
        same.stream().filter(w -> !w.equals(body)).forEach(out::add);
      }
    }
    return out;
  }
}
