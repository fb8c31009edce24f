package org.axiswatch.facts;

import java.util.List;

/**
 * A sentence in working offsets, with what the fact finders ask of it.
 *
 * @param index the sentence's index
 * @param start working offset
 * @param end working offset
 * @param clauseStarts working offsets where its clauses start, the first being {@code start}
 * @param heading it is (part of) a section, group or point heading
 * @param lead the date written at the start of its bullet ("9.4(월) NYT …"), or null
 * @param korean it is written in Hangul
 */
record SentenceView(
    int index, int start, int end, List<Integer> clauseStarts, boolean heading, Spot lead,
    boolean korean) {

  SentenceView {
    clauseStarts = List.copyOf(clauseStarts);
  }

  /** Start of the clause holding {@code offset}. */
  int clauseStart(int offset) {
    int s = start;
    for (int c : clauseStarts) {
      if (c <= offset) {
        s = c;
      }
    }
    return s;
  }

  /** End of the clause holding {@code offset}. */
  int clauseEnd(int offset) {
    for (int c : clauseStarts) {
      if (c > offset) {
        return c;
      }
    }
    return end;
  }
}
