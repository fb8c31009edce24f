package org.axiswatch.search.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.search.SearchDocument;
import org.axiswatch.search.TextUnit;

/**
 * The searchable form of a generated document as the generator knows it (its own sentences and
 * entities), for benchmarking the index apart from analysis. The id is the SHA-256 of the file's
 * bytes, as the store would key it.
 */
public final class CorpusDocuments {
  private CorpusDocuments() {}

  public static SearchDocument toSearchDocument(GeneratedDocument d) {
    List<TextUnit> units = new ArrayList<>(d.sentences().size());
    int from = 0;
    for (String s : d.sentences()) {
      int at = d.text().indexOf(s, from);
      units.add(new TextUnit(units.size(), new Span(at, at + s.length()), s));
      from = at + s.length();
    }
    return new SearchDocument(sha256(d.text()), d.title(), d.language(),
        PartialDate.of(d.date()), units, d.entities(), d.types(), d.sources());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
