package org.axiswatch.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Span;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.RepairedText;

/**
 * Adds the {@link Sentence}s, node by node of the outline, so no sentence crosses a bullet: a
 * heading is one sentence, a bullet at least one. Inside a node a sentence ends at ".", "?", "!" or
 * "。" followed by a space, unless the full stop belongs to a number or date ("2023. 9. 14.",
 * "9.4(월)", "2020.1月", "7.27", "3.5", "2024.10.16. 출범", "5.29. 발표"), an abbreviation ("Mr.", "No. 3", "Sept."), an initial or a
 * dotted acronym ("J.", "U.S."), or sits inside double quotes; or before a lower-case word.
 * Korean noun endings (음, 함, 임, 됨) end a sentence at a bullet's end, which the node gives.
 */
public final class SentenceSplitter implements Stage {
  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}|\\p{Lu}");
  /** A dotted date before a stop: "2024.10.16", "2025. 5. 29", "'24.10.16". */
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "(?:(?<!\\d)(?:19|20)\\d{2}|['‘’]\\d{2})\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}$");
  /** A dotted month and day before a stop, in Korean text: "5.29. 발표". */
  private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d.])(?:1[0-2]|0?[1-9])\\.\\s?\\d{1,2}$");

  private final WordList abbreviations =
      WordList.load("abbreviations.txt", Pattern.compile("[A-Za-z]+(?:\\.[A-Za-z]+)*"));

  @Override
  public Set<Key<?>> requires() {
    return Set.of(RepairedText.KEY, Outline.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Sentence.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument document) {
    document.put(Sentence.KEY, split(document.get(RepairedText.KEY), document.get(Outline.KEY)));
  }

  public List<Sentence> split(RepairedText repaired, Outline outline) {
    List<Sentence> out = new ArrayList<>();
    for (OutlineNode root : outline.roots()) {
      visit(repaired, root, out);
    }
    return List.copyOf(out);
  }

  private void visit(RepairedText repaired, OutlineNode node, List<Sentence> out) {
    String text = repaired.text();
    int start = repaired.toWorking(node.span().start());
    int end = repaired.toWorking(node.span().end());
    if (node.marker() != null && text.startsWith(node.marker(), start)) {
      start += node.marker().length();
    } else if (node.marker() != null && node.kind() == NodeKind.GROUP && node.text().equals("요약")) {
      start = end; // the 요약 box's heading is all marker
    }
    boolean heading = node.kind() == NodeKind.SECTION || node.kind() == NodeKind.GROUP;
    for (int[] s : heading ? List.of(new int[] {start, end}) : ends(text, start, end)) {
      add(repaired, s[0], s[1], out);
    }
    for (OutlineNode c : node.children()) {
      visit(repaired, c, out);
    }
  }

  /** Sentence ranges in working text [start, end). */
  List<int[]> ends(String text, int start, int end) {
    List<int[]> ranges = new ArrayList<>();
    int from = start;
    int quotes = 0;
    boolean straight = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '“') {
        quotes++;
      } else if (c == '”') {
        quotes = Math.max(0, quotes - 1);
      } else if (c == '"') {
        straight = !straight;
      }
      if (".?!。".indexOf(c) < 0) {
        continue;
      }
      if (quotes > 0 || straight) {
        // a quotation that ends its sentence: ." or .” then a space
        char q = i + 1 < end ? text.charAt(i + 1) : ' ';
        boolean closes = (q == '”' && quotes == 1) || (q == '"' && straight);
        if (!closes || i + 2 >= end || !Character.isWhitespace(text.charAt(i + 2))) {
          continue;
        }
        quotes = 0;
        straight = false;
      }
      int after = i + 1;
      while (after < end && "’”\"')]」』".indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      if (c != '。' && (after >= end || !Character.isWhitespace(text.charAt(after)))) {
        continue;
      }
      if (c == '.' && !endsHere(text, start, i, after, end)) {
        continue;
      }
      ranges.add(new int[] {from, after});
      from = after;
      i = after - 1; // closing quotes are consumed with their sentence
    }
    ranges.add(new int[] {from, end});
    return ranges;
  }

  private boolean endsHere(String text, int start, int dot, int after, int end) {
    int t = dot;
    while (t > start && !Character.isWhitespace(text.charAt(t - 1)) && "(‘“[".indexOf(text.charAt(t - 1)) < 0) {
      t--;
    }
    String token = text.substring(t, dot);
    int next = after;
    while (next < end && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    char following = next < end ? text.charAt(next) : ' ';
    if (token.isEmpty()) {
      return true;
    }
    if (Character.isDigit(token.charAt(token.length() - 1)) && Character.isDigit(following)) {
      return false; // "2023. 9. 14."
    }
    String lead = text.substring(Math.max(start, dot - 16), dot);
    if (YEAR_MONTH_DAY.matcher(lead).find() || MONTH_DAY.matcher(lead).find()
        && Character.UnicodeScript.of(following) == Character.UnicodeScript.HANGUL) {
      return false; // "2024.10.16. 출범하였습니다", "5.29. 발표": the stop closes a date
    }
    if (abbreviations.contains(token) || ACRONYM.matcher(token).matches()) {
      return false;
    }
    return !Character.isLowerCase(following) || Character.UnicodeScript.of(following)
        != Character.UnicodeScript.LATIN;
  }

  private static void add(RepairedText repaired, int start, int end, List<Sentence> out) {
    String text = repaired.text();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return;
    }
    Span span = repaired.toOriginal(start, end);
    out.add(new Sentence(out.size(), span, text.substring(start, end).replaceAll("\\s*\\n\\s*", " ")));
  }
}
