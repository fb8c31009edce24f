package org.axiswatch.search;

import org.axiswatch.pipeline.Span;

/**
 * Marks a snippet's highlights for a reader: ANSI bold on a terminal, «guillemets» in files and
 * pipes (where escape codes would be noise).
 */
public enum SnippetFormatter {
  ANSI("\u001b[1m", "\u001b[22m"),
  GUILLEMETS("«", "»");

  private final String open;
  private final String close;

  SnippetFormatter(String open, String close) {
    this.open = open;
    this.close = close;
  }

  /** Bold when stdout is an interactive terminal, guillemets otherwise. */
  public static SnippetFormatter forStdout() {
    return System.console() != null ? ANSI : GUILLEMETS;
  }

  public String format(Snippet snippet) {
    StringBuilder out = new StringBuilder(snippet.text().length() + 16);
    int at = 0;
    for (Span h : snippet.highlights()) {
      out.append(snippet.text(), at, h.start()).append(open)
          .append(snippet.text(), h.start(), h.end()).append(close);
      at = h.end();
    }
    return out.append(snippet.text(), at, snippet.text().length()).toString();
  }
}
