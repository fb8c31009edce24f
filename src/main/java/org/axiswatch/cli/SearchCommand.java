package org.axiswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.pipeline.Language;
import org.axiswatch.search.SearchHit;
import org.axiswatch.search.SearchIndex;
import org.axiswatch.search.SearchQuery;
import org.axiswatch.search.SnippetFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** axiswatch search WORDS [filters]: ranked sentences of the knowledge base, words marked. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the stored documents (Korean and English; \"quotes\" for a phrase).")
public final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "WORDS", arity = "0..1", defaultValue = "",
      description = "what to look for, e.g. \"포탄 공급\" or \"supplied shells\"")
  String words;

  @Option(names = "--entity", paramLabel = "ID", description = "only documents naming this entity (RUS, kim-jong-un)")
  String entity;

  @Option(names = "--type", paramLabel = "TYPE", description = "only documents naming an entity of this type: ${COMPLETION-CANDIDATES}")
  EntityType type;

  @Option(names = "--source", paramLabel = "ID", description = "only documents citing this source (kcna, yonhap)")
  String source;

  @Option(names = "--lang", paramLabel = "ko|en", description = "only documents in this language")
  String lang;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "only documents dated on or after")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "only documents dated on or before")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "10", description = "most hits (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "print hits as JSON with highlight offsets")
  boolean json;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    PrintStream out = Console.out();
    SearchQuery query;
    try {
      query = new SearchQuery(words, entity, type, source, language(), from, to, limit);
    } catch (IllegalArgumentException e) {
      System.err.println("axiswatch: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path dir = IndexOpening.indexDir(store);
    if (!Files.isDirectory(dir) && !IndexOpening.hasStore(store)) {
      System.err.println("axiswatch: " + dir + ": no search index (run axiswatch ingest first)");
      return ExitCodes.STORE;
    }
    try (SearchIndex index = IndexOpening.forSearch(store, System.err)) {
      List<SearchHit> hits = index.searcher().search(query);
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(SearchHitsJson.of(query, hits)));
      } else {
        print(out, hits);
      }
      return ExitCodes.OK;
    } catch (IOException | RuntimeException e) {
      System.err.println("axiswatch: " + dir + ": cannot search the index: " + e.getMessage());
      return ExitCodes.STORE;
    }
  }

  private Language language() {
    if (lang == null) {
      return null;
    }
    Language l = Language.ofCode(lang);
    if (l == Language.OTHER) {
      throw new IllegalArgumentException("--lang must be ko or en: " + lang);
    }
    return l;
  }

  private static void print(PrintStream out, List<SearchHit> hits) {
    if (hits.isEmpty()) {
      out.println("no hits");
      return;
    }
    SnippetFormatter marks = SnippetFormatter.forStdout();
    int n = 1;
    for (SearchHit h : hits) {
      out.printf("%d. %s  %s  [%s]  %s  (sentence %d, %d-%d)%n", n++,
          h.date() == null ? "----------" : h.date(), h.title() == null ? "(untitled)" : h.title(),
          h.language().code(), h.documentId().substring(0, Math.min(12, h.documentId().length())),
          h.unit(), h.span().start(), h.span().end());
      out.println("   " + marks.format(h.snippet()));
    }
  }
}
