package org.axiswatch.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outputs stage's HTML brief as the workbench serves it, with a Content-Security-Policy of
 * its own. The brief is one self-contained file (inline style, ECharts and chart code inline), so
 * the workbench's policy would block it; instead of loosening that policy for every page, this
 * one route allows exactly the inline scripts the brief was written with, by their SHA-256: a
 * script that slipped into the text (it cannot: the brief escapes it) would have another hash.
 * Styles are allowed inline: ECharts sets style attributes as it draws (tooltips, legends), and
 * with nothing loadable from anywhere (default-src 'none', images only as data: URIs) a style
 * can neither run code nor send anything out.
 */
record BriefPage(String html, String policy) {
  private static final Pattern SCRIPT = Pattern.compile("<script(?:\\s[^>]*)?>(.*?)</script>",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  /** Hashes the brief's inline scripts as the browser will: after its line-break normalisation. */
  static BriefPage of(String written) {
    String html = written.replace("\r\n", "\n").replace('\r', '\n');
    return new BriefPage(html, "default-src 'none'; script-src " + hashes(SCRIPT, html)
        + "; style-src 'unsafe-inline'; img-src data:; object-src 'none'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  }

  private static String hashes(Pattern block, String html) {
    List<String> sources = new ArrayList<>();
    Matcher m = block.matcher(html);
    while (m.find()) {
      String source = "'sha256-" + sha256(m.group(1)) + "'";
      if (!sources.contains(source)) {
        sources.add(source);
      }
    }
    return sources.isEmpty() ? "'none'" : String.join(" ", sources);
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
