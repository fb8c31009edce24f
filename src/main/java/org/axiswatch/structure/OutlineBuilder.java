package org.axiswatch.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.LineMarker;
import org.axiswatch.read.RepairedText;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.read.TextLine;

/**
 * Adds the {@link Outline}. Korean report style (개조식): the 요약 box and bracketed box titles
 * ("【 추진 배경 】") are GROUPs; a numbered heading (Ⅰ. > 1. > 가.) is a SECTION, a GROUP under
 * one numbered heading, a POINT under two; "□" GROUPs, circled numbers POINTs, bullets ITEMs, "※"/"☞" NOTEs; a line
 * without a marker continues the node above. Nesting follows rank (section above box above point
 * above bullets); bullet families nest in the order they first appear under a heading, as each
 * author picks their own symbols; a note hangs under the innermost open node indented no deeper. English:
 * markdown or numbered headings and short title lines are SECTIONs, other lines PARAGRAPHs.
 */
public final class OutlineBuilder implements Stage {

  @Override
  public Set<Key<?>> requires() {
    return Set.of(RepairedText.KEY, DocumentInfo.KEY, SourceDocument.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Outline.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument document) {
    boolean markdown = document.get(SourceDocument.KEY).mediaType().equals("text/markdown");
    document.put(Outline.KEY, build(document.get(RepairedText.KEY),
        document.get(DocumentInfo.KEY).language(), markdown));
  }

  public static Outline build(RepairedText repaired, Language language, boolean markdown) {
    return new Build(repaired, language, markdown).run();
  }

  /** One pass over the working text's lines. */
  private static final class Build {
    private final RepairedText repaired;
    private final String text;
    private final boolean english;
    private final boolean markdown;
    private final List<DraftNode> roots = new ArrayList<>();
    private final Deque<DraftNode> open = new ArrayDeque<>();
    private DraftNode last;
    private boolean blankBefore;

    Build(RepairedText repaired, Language language, boolean markdown) {
      this.repaired = repaired;
      this.text = repaired.text();
      this.english = language == Language.EN;
      this.markdown = markdown;
    }

    Outline run() {
      List<TextLine> lines = TextLine.split(text);
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = lines.get(i);
        if (line.isBlank(text)) {
          blankBefore = true;
          continue;
        }
        TextLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        take(line, next);
        blankBefore = false;
      }
      List<OutlineNode> out = new ArrayList<>();
      for (DraftNode r : roots) {
        out.add(r.freeze(repaired));
      }
      return new Outline(out);
    }

    private void take(TextLine line, TextLine next) {
      String s = line.of(text);
      LineMarker m = LineMarker.of(s);
      int indent = line.contentStart(text) - line.start();
      int end = line.trimmedEnd(text);
      if (m == null) {
        unmarked(line, next, indent, end);
        return;
      }
      int markerStart = line.start() + m.start();
      String body = text.substring(line.start() + m.textStart(), end);
      switch (m.type()) {
        case SUMMARY -> open(new DraftNode(NodeKind.GROUP, m.written(), "요약", markerStart, end, 1, indent));
        case BRACKET -> open(new DraftNode(NodeKind.GROUP, m.written(),
            body.replaceFirst("\\s*[\\]】>〉》］〕]$", ""), markerStart, end, 1, indent));
        case ROMAN -> numbered(m.written(), body, markerStart, end, 0, indent);
        case HEADING -> open(new DraftNode(NodeKind.SECTION, m.written(), body, markerStart, end,
            m.number() - 1, indent));
        case NUMBER -> {
          int depth = Integer.parseInt(m.family());
          if (isHeading(body)) {
            if (depth == 1) {
              numbered(m.written(), body, markerStart, end, depth, indent);
            } else {
              open(new DraftNode(NodeKind.SECTION, m.written(), body, markerStart, end, depth, indent));
            }
          } else {
            bullet(NodeKind.ITEM, m, "1.", body, markerStart, end, indent);
          }
        }
        case LETTER -> numbered(m.written(), body, markerStart, end, 2, indent);
        case BOX -> open(new DraftNode(NodeKind.GROUP, m.written(), body, markerStart, end, 3, indent));
        case CIRCLED -> open(new DraftNode(NodeKind.POINT, m.written(), body, markerStart, end,
            pointLevel(m.family()), indent));
        case BULLET -> bullet(NodeKind.ITEM, m, m.family(), body, markerStart, end, indent);
        case FOOTNOTE -> {
          if (markdown) {
            bullet(NodeKind.ITEM, m, "•", body, markerStart, end, indent);
          } else {
            note(new DraftNode(NodeKind.NOTE, m.written(), body, markerStart, end, 99, indent));
          }
        }
        case NOTE -> note(new DraftNode(NodeKind.NOTE, m.written(), body, markerStart, end, 99, indent));
        default -> throw new IllegalStateException("unhandled marker " + m.type());
      }
    }

    private void unmarked(TextLine line, TextLine next, int indent, int end) {
      int start = line.contentStart(text);
      String body = text.substring(start, end);
      boolean continues = last != null && (last.kind == NodeKind.POINT || last.kind == NodeKind.ITEM
          || last.kind == NodeKind.NOTE) && !(english && blankBefore);
      if (continues) {
        last.extend(body, end);
        return;
      }
      if (english && isTitleLine(body) && next != null) {
        open(new DraftNode(NodeKind.SECTION, null, body, start, end, 1, indent));
        return;
      }
      DraftNode p = new DraftNode(NodeKind.PARAGRAPH, null, body, start, end, 50, indent);
      attach(p, headingParent());
      last = p;
    }

    /**
     * A numbered heading (Ⅰ. > 1. > 가.) takes its kind from how many numbered headings it sits
     * under: none makes it the SECTION, one a GROUP, two or more a POINT. Authors start at any rung
     * ("Ⅰ. > 1. > 가.", "1. > 가.", "1. > □ > ①"), so the kind follows the layout, not the glyph.
     */
    private void numbered(String marker, String body, int start, int end, int level, int indent) {
      int above = 0;
      for (DraftNode n : open) {
        above += n.level < level && numbered.contains(n) ? 1 : 0;
      }
      NodeKind kind = switch (above) {
        case 0 -> NodeKind.SECTION;
        case 1 -> NodeKind.GROUP;
        default -> NodeKind.POINT;
      };
      DraftNode node = new DraftNode(kind, marker, body, start, end, level, indent);
      numbered.add(node);
      open(node);
    }

    private final Set<DraftNode> numbered = Collections.newSetFromMap(new IdentityHashMap<>());

    /** ① above 1) above 가), as Korean numbering nests; a document using one of them is flat. */
    private static int pointLevel(String family) {
      return switch (family) {
        case "paren" -> 5;
        case "paren-letter" -> 6;
        default -> 4;
      };
    }

    /** A heading is short and does not end like a sentence. */
    private static boolean isHeading(String body) {
      String b = body.strip();
      return b.length() <= 80 && b.split("\\s+").length <= 14 && !b.matches(".*[.!?。다함음임됨]$");
    }

    /** An English title line: short, capitalised, neither a byline nor a dateline. */
    private static boolean isTitleLine(String body) {
      if (!isHeading(body) || body.startsWith("By ") || DateFinder.first(body) != null) {
        return false;
      }
      int words = 0;
      int capitalised = 0;
      for (String w : body.split("[\\s:–-]+")) {
        if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
          words++;
          capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
      }
      return words > 0 && capitalised >= 0.6 * words;
    }

    private void open(DraftNode node) {
      while (!open.isEmpty() && open.peek().level >= node.level) {
        open.pop();
      }
      attach(node, open.peek());
      open.push(node);
      last = node;
    }

    private void bullet(NodeKind kind, LineMarker m, String family, String body, int start, int end,
        int indent) {
      DraftNode container = headingParent();
      List<String> families = container == null ? rootFamilies : container.families;
      int rank = families.indexOf(family);
      if (rank < 0) {
        families.add(family);
        rank = families.size() - 1;
      }
      open(new DraftNode(kind, m.written(), body, start, end, 10 + rank, indent));
    }

    private final List<String> rootFamilies = new ArrayList<>();

    /** The innermost open heading (section, group, point): where bullets and paragraphs go. */
    private DraftNode headingParent() {
      for (DraftNode n : open) {
        if (n.level < 10) {
          return n;
        }
      }
      return null;
    }

    private void note(DraftNode note) {
      DraftNode parent = null;
      for (DraftNode n : open) {
        if (n.indent <= note.indent) {
          parent = n;
          break;
        }
      }
      attach(note, parent != null ? parent : open.peek());
      last = note;
    }

    private void attach(DraftNode node, DraftNode parent) {
      if (parent == null) {
        roots.add(node);
      } else {
        parent.children.add(node);
      }
    }
  }
}
