package org.axiswatch.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.facts.Claim;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Sentence;

/**
 * Builds the searchable form of an analysed document from whatever stages ran: sentences when
 * the structure stage found them (else paragraphs), the document's language, date and title,
 * the ids and types of named entities, and the sources its claims cite.
 */
public final class SearchDocuments {
  private SearchDocuments() {}

  public static SearchDocument of(AnalyzedDocument doc) {
    return of(doc, Map.of());
  }

  /**
   * As {@link #of(AnalyzedDocument)}, with the document's entity ids replaced by the knowledge-base
   * ids the store resolved them to, so a filter on an entity finds it in every document.
   */
  public static SearchDocument of(AnalyzedDocument doc, Map<String, String> resolved) {
    SourceDocument source = doc.get(SourceDocument.KEY);
    DocumentInfo info = doc.find(DocumentInfo.KEY).orElse(null);
    Language language = info != null ? info.language() : byScript(source.original());
    PartialDate date = info == null ? null : info.date();
    String title = info == null ? null : info.title();
    List<TextUnit> units = doc.find(Sentence.KEY)
        .map(SearchDocuments::fromSentences)
        .orElseGet(() -> paragraphs(source.original()));
    Set<String> entities = new LinkedHashSet<>();
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (Entity e : doc.find(Entity.KEY).orElse(List.of())) {
      if (e.type().isNamed()) {
        entities.add(resolved.getOrDefault(e.id(), e.id()));
        types.add(e.type());
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    for (Claim c : doc.find(Claim.KEY).orElse(List.of())) {
      if (c.source() != null) {
        sources.add(resolved.getOrDefault(c.source(), c.source()));
      }
    }
    return new SearchDocument(source.id(), title, language, date, units, entities, types, sources);
  }

  private static List<TextUnit> fromSentences(List<Sentence> sentences) {
    return sentences.stream().map(s -> new TextUnit(s.index(), s.span(), s.text())).toList();
  }

  /** Paragraphs: runs of text separated by blank lines, without their edge whitespace. */
  static List<TextUnit> paragraphs(String text) {
    List<TextUnit> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      int end = blankLine(text, i);
      int last = end;
      while (last > i && Character.isWhitespace(text.charAt(last - 1))) {
        last--;
      }
      out.add(new TextUnit(out.size(), new Span(i, last), text.substring(i, last)));
      i = end;
    }
    return out;
  }

  /** Where the paragraph starting at {@code from} ends: at the next line holding only spaces. */
  private static int blankLine(String text, int from) {
    int nl = text.indexOf('\n', from);
    while (nl >= 0) {
      int j = nl + 1;
      while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j == text.length() || text.charAt(j) == '\n') {
        return nl;
      }
      nl = text.indexOf('\n', j);
    }
    return text.length();
  }

  /** Korean when Hangul syllables outnumber Latin letters; a fallback when no stage said. */
  static Language byScript(String text) {
    int hangul = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uac00' && c <= '\ud7a3') {
        hangul++;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        latin++;
      }
    }
    return hangul == 0 && latin == 0 ? Language.OTHER : hangul >= latin ? Language.KO : Language.EN;
  }
}
