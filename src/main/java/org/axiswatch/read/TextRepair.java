package org.axiswatch.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Stage;

/**
 * Mends what text extraction broke, through the {@link RepairedText.Builder} offset map (never a
 * lossy copy): words split across line and page breaks are joined (Korean without a space, since
 * PDF lines break inside words; with one space when the line ended with one), a footnote or page
 * number landing inside a sentence is taken out of the working text (kept in {@link
 * RepairedText#removed()}), runs of blank lines collapse, characters are normalised by {@link
 * CharacterForms}. A line that starts an outline item ({@link LineMarker}) is never joined.
 */
public final class TextRepair implements Stage {
  /** "- 3 -", "3 / 12", "Page 3 of 12": page furniture wherever it stands. */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "\\s*(?:[-–—]\\s*\\d{1,4}\\s*[-–—]|\\d{1,4}\\s*/\\s*\\d{1,4}|(?i:page)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?)\\s*");
  /** A bare number line: a page number only when it interrupts a sentence. */
  private static final Pattern BARE_NUMBER = Pattern.compile("\\s*\\d{1,3}\\s*");
  /** A line at least this share of the usual full line width was cut by the margin, not ended. */
  private static final double FULL_LINE = 0.6;
  private static final int RUNNING_HEAD_REPEATS = 3;
  /** A heading line continues on the next only when it runs to the margin. */
  private static final double HEADING_WRAP = 0.9;
  private static final Set<LineMarker.Type> HEADINGS = java.util.EnumSet.of(LineMarker.Type.NUMBER,
      LineMarker.Type.ROMAN, LineMarker.Type.LETTER, LineMarker.Type.BOX);

  @Override
  public Set<Key<?>> requires() {
    return Set.of(SourceDocument.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(RepairedText.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument document) {
    SourceDocument source = document.get(SourceDocument.KEY);
    document.put(RepairedText.KEY, repair(source.original(), !source.mediaType().equals("text/html")));
  }

  /** Layout of line breaks, which decides what a blank line means. */
  enum Layout {
    /** Extraction put a blank line after nearly every line: one blank line means nothing. */
    DOUBLE_SPACED,
    /** Blank lines separate paragraphs; single line breaks are soft wraps. */
    PARAGRAPHED,
    /** No blank lines: each break may end a paragraph. */
    LINES
  }

  /**
   * @param joinLines false for text whose line breaks are meaningful already (HTML blocks)
   */
  public static RepairedText repair(String original, boolean joinLines) {
    List<TextLine> all = TextLine.split(original);
    List<TextLine> content = new ArrayList<>();
    List<Integer> blanksBefore = new ArrayList<>();
    int blanks = 0;
    for (TextLine l : all) {
      if (l.isBlank(original)) {
        blanks++;
      } else {
        content.add(l);
        blanksBefore.add(content.size() == 1 ? 0 : blanks);
        blanks = 0;
      }
    }
    RepairedText.Builder b = new RepairedText.Builder(original);
    if (content.isEmpty()) {
      return b.build();
    }
    int fullWidth = fullWidth(original, content);
    Layout layout = layout(original, content, blanksBefore, fullWidth);
    Joiner joiner = new Joiner(original, layout, fullWidth, joinLines, runningHeads(original, content));

    int k = 0;
    while (k < content.size() && joiner.isFurniture(content.get(k))) {
      k++;
    }
    if (k == content.size()) {
      return b.build();
    }
    excise(b, content.subList(0, k), content.get(k).start(), "");
    while (k < content.size()) {
      TextLine a = content.get(k);
      CharacterForms.copy(b, original, b.position(), a.trimmedEnd(original));
      // look past footnotes and page numbers that may interrupt a sentence
      int gapBlanks = 0;
      List<TextLine> interrupters = new ArrayList<>();
      int n = k + 1;
      while (n < content.size() && joiner.interrupts(content.get(n))) {
        gapBlanks += blanksBefore.get(n);
        interrupters.add(content.get(n));
        n++;
      }
      if (n < content.size()) {
        gapBlanks += blanksBefore.get(n);
        String joint = joiner.joint(a, content.get(n), gapBlanks, !interrupters.isEmpty());
        if (joint != null) {
          excise(b, interrupters, content.get(n).contentStart(original), joint);
          k = n;
          continue;
        }
      }
      // no join: page furniture still goes; footnotes between items stay as ordinary lines
      int next = k + 1;
      while (next < content.size() && joiner.isFurniture(content.get(next))) {
        next++;
      }
      boolean last = next >= content.size();
      int blankRun = last ? 0 : blanksBefore.get(next);
      boolean paragraph = layout == Layout.DOUBLE_SPACED ? blankRun >= 2 : blankRun >= 1;
      String gap = last ? (a.end() < original.length() ? "\n" : "") : paragraph ? "\n\n" : "\n";
      excise(b, content.subList(k + 1, next), last ? original.length() : content.get(next).start(), gap);
      k = next;
    }
    return b.build();
  }

  /** Drops the gap to {@code resume}, recording interrupter lines as removed; joint goes first. */
  private static void excise(RepairedText.Builder b, List<TextLine> cut, int resume, String joint) {
    boolean first = true;
    for (TextLine line : cut) {
      b.replace(b.position(), line.start(), first ? joint : "");
      b.skip(line.start(), line.end());
      first = false;
    }
    b.replace(b.position(), Math.max(b.position(), resume), first ? joint : "");
  }

  /**
   * Double-spaced when most gaps are one blank line and many of those lines stop mid-sentence at
   * full width (prose and markdown also have one-blank gaps, but after finished paragraphs).
   */
  static Layout layout(String original, List<TextLine> content, List<Integer> blanksBefore,
      int fullWidth) {
    int zero = 0;
    int one = 0;
    int more = 0;
    int cut = 0;
    for (int i = 1; i < blanksBefore.size(); i++) {
      int n = blanksBefore.get(i);
      if (n == 0) {
        zero++;
      } else if (n == 1) {
        one++;
        TextLine before = content.get(i - 1);
        int end = before.trimmedEnd(original);
        if (end - before.start() >= FULL_LINE * fullWidth
            && !endsSentence(original, before.contentStart(original), end)
            && LineMarker.of(content.get(i).of(original)) == null) {
          cut++;
        }
      } else {
        more++;
      }
    }
    int gaps = zero + one + more;
    if (gaps >= 3 && one >= 0.6 * gaps && cut >= 0.2 * one) {
      return Layout.DOUBLE_SPACED;
    }
    return one + more > 0 ? Layout.PARAGRAPHED : Layout.LINES;
  }

  /**
   * Running heads and feet of PDF pages ("INSS 이슈브리프 제123호"): a short line without a marker
   * that comes back at least {@value #RUNNING_HEAD_REPEATS} times in a long text.
   */
  static Set<String> runningHeads(String original, List<TextLine> content) {
    if (content.size() < 30) {
      return Set.of();
    }
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (TextLine l : content) {
      String s = l.of(original).strip();
      if (s.length() <= 40 && LineMarker.of(s) == null && !endsSentence(s, 0, s.length())) {
        counts.merge(s, 1, Integer::sum);
      }
    }
    Set<String> heads = new java.util.HashSet<>();
    counts.forEach((line, n) -> {
      if (n >= RUNNING_HEAD_REPEATS) {
        heads.add(line);
      }
    });
    return heads;
  }

  /** The usual width of a full line: the 90th percentile of line lengths. */
  static int fullWidth(String original, List<TextLine> content) {
    int[] widths = new int[content.size()];
    for (int i = 0; i < widths.length; i++) {
      TextLine l = content.get(i);
      widths[i] = l.trimmedEnd(original) - l.start();
    }
    Arrays.sort(widths);
    return widths[Math.min(widths.length - 1, (int) (widths.length * 0.9))];
  }

  /** Decides whether two lines are one sentence broken by extraction, and what joins them. */
  private record Joiner(String text, Layout layout, int fullWidth, boolean enabled,
      Set<String> runningHeads) {

    boolean isFurniture(TextLine l) {
      return PAGE_NUMBER.matcher(l.of(text)).matches() || runningHeads.contains(l.of(text).strip());
    }

    boolean interrupts(TextLine l) {
      LineMarker m = LineMarker.of(l.of(text));
      return isFurniture(l) || BARE_NUMBER.matcher(l.of(text)).matches()
          || (m != null && m.type() == LineMarker.Type.FOOTNOTE);
    }

    /** The joint ("" or " ") when {@code b} continues {@code a}'s sentence, else null. */
    String joint(TextLine a, TextLine b, int blanks, boolean interrupted) {
      if (!enabled || LineMarker.of(b.of(text)) != null) {
        return null;
      }
      LineMarker am = LineMarker.of(a.of(text));
      if (am != null && (am.type() == LineMarker.Type.HEADING || am.type() == LineMarker.Type.SUMMARY)) {
        return null;
      }
      int aEnd = a.trimmedEnd(text);
      boolean trailingSpace = aEnd < a.end();
      boolean full = aEnd - a.start() >= FULL_LINE * fullWidth;
      if (am != null && HEADINGS.contains(am.type()) && aEnd - a.start() < HEADING_WRAP * fullWidth) {
        return null; // a heading that stops short of the margin is complete
      }
      if (!full && !trailingSpace) {
        return null;
      }
      boolean softWrap = layout == Layout.PARAGRAPHED && blanks == 0;
      if (blanks > (interrupted ? 2 : layout == Layout.DOUBLE_SPACED ? 1 : 0)) {
        return null;
      }
      if (endsSentence(text, a.contentStart(text), aEnd)) {
        return softWrap ? " " : null;
      }
      char last = text.charAt(aEnd - 1);
      char first = text.charAt(b.contentStart(text));
      if (trailingSpace) {
        return " ";
      }
      if (isHangulOrHan(first) || "-/‘“(［[<「『".indexOf(last) >= 0 || "’”),.:;]」』".indexOf(first) >= 0) {
        return "";
      }
      return " ";
    }
  }

  /** Ends in ., ?, ! or 。, possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String s, int from, int end) {
    int i = end - 1;
    while (i >= from && "’”\"')]」』".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= from && ".?!。".indexOf(s.charAt(i)) >= 0;
  }

  static boolean isHangulOrHan(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
  }
}
