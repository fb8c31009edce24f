package org.axiswatch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.axiswatch.Analyzer;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.read.ReadException;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Outline;
import org.axiswatch.web.Views.BriefView;
import org.axiswatch.web.Views.ClaimRow;
import org.axiswatch.web.Views.DocumentSummary;
import org.axiswatch.web.Views.DocumentView;
import org.axiswatch.web.Views.EntityView;
import org.axiswatch.web.Views.EventFilter;
import org.axiswatch.web.Views.EventRow;
import org.axiswatch.web.Views.LedgerRow;
import org.axiswatch.web.Views.Network;
import org.axiswatch.web.Views.ScreeningRequest;
import org.axiswatch.web.Views.ScreeningRow;
import org.axiswatch.web.Views.SearchQuery;
import org.axiswatch.web.Views.SearchResult;
import org.axiswatch.web.Views.Upload;

/**
 * A workbench over analysed documents held in memory: the pipeline's output as it comes, with the
 * analyst's merges and splits on top. For tests and for a server started without a store; lost on
 * exit. Questions that span documents (entities, timeline, ledger, network) are answered by {@link
 * KnowledgeFold} over a snapshot of the documents.
 */
public final class MemoryWorkbench implements Workbench {
  private final Analyzer analyzer;
  private final Path scratch;
  private final Map<String, AnalyzedDocument> documents = new LinkedHashMap<>();
  private final EntityEdits edits = new EntityEdits();
  /** Reads run side by side; an upload, merge or split waits for them and holds them off. */
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** @param scratch a folder for uploads while they are read (the reader takes files) */
  public MemoryWorkbench(Analyzer analyzer, Path scratch) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.scratch = Objects.requireNonNull(scratch, "scratch");
  }

  @Override
  public Upload upload(String fileName, byte[] bytes) throws ReadException {
    AnalyzedDocument doc;
    try {
      Files.createDirectories(scratch);
      Path dir = Files.createTempDirectory(scratch, "upload");
      Path file = dir.resolve(fileName);
      try {
        Files.write(file, bytes);
        doc = analyzer.analyze(file);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new ReadException(Path.of(fileName), "cannot stage the upload: " + e.getMessage(), e);
    }
    return add(doc);
  }

  /** Adds an analysed document (tests and the corpus loader use this directly). */
  public Upload add(AnalyzedDocument doc) {
    return write(() -> {
      String id = doc.get(SourceDocument.KEY).id();
      boolean added = !documents.containsKey(id);
      if (added) {
        documents.put(id, doc);
      }
      return new Upload(summary(documents.get(id)), added);
    });
  }

  @Override
  public List<DocumentSummary> documents() {
    return read(() -> documents.values().stream().map(MemoryWorkbench::summary).toList());
  }

  @Override
  public Optional<DocumentView> document(String id) {
    return read(() -> view(id));
  }

  private Optional<DocumentView> view(String id) {
    AnalyzedDocument d = documents.get(id);
    if (d == null) {
      return Optional.empty();
    }
    List<Mention> mentions = list(d, Mention.KEY).stream()
        .map(m -> new Mention(m.type(), m.span(), m.text(), edits.resolve(m.entity(), m.text()),
            m.value(), m.origin()))
        .toList();
    return Optional.of(new DocumentView(summary(d), d.get(SourceDocument.KEY).original(),
        d.find(Outline.KEY).map(Outline::roots).orElse(List.of()), mentions,
        fold().entitiesOf(id), list(d, Event.KEY), list(d, Exchange.KEY), list(d, Claim.KEY),
        Collections.nCopies(list(d, Claim.KEY).size(), null), list(d, Decision.KEY), list(d, ScreeningHit.KEY)));
  }

  @Override
  public SearchResult search(SearchQuery query) {
    return read(() -> fold().search(query));
  }

  @Override
  public Optional<EntityView> entity(String id) {
    return read(() -> fold().entity(id));
  }

  @Override
  public Optional<EntityView> merge(String kept, String absorbed) {
    return write(() -> {
      KnowledgeFold before = fold();
      if (before.entity(kept).isEmpty() || before.entity(absorbed).isEmpty()) {
        return Optional.empty();
      }
      edits.merge(kept, absorbed);
      return fold().entity(edits.canonical(kept));
    });
  }

  @Override
  public Optional<EntityView> split(String id, List<String> names) {
    return write(() -> {
      Optional<EntityView> before = fold().entity(id);
      if (before.isEmpty()) {
        return Optional.empty();
      }
      List<String> known = names.stream().filter(before.get().entity().names()::contains).toList();
      if (known.isEmpty()) {
        throw new IllegalArgumentException("none of these names belongs to " + id + ": " + names);
      }
      String newId = edits.split(before.get().entity().id(), known);
      return fold().entity(newId);
    });
  }

  @Override
  public List<EventRow> events(EventFilter filter) {
    return read(() -> fold().events(filter));
  }

  @Override
  public List<LedgerRow> exchanges(String entity) {
    return read(() -> fold().ledger(entity));
  }

  @Override
  public List<ClaimRow> claims(String entity) {
    return read(() -> fold().claims(entity));
  }

  @Override
  public Network network(String entity) {
    return read(() -> fold().network(entity));
  }

  @Override
  public List<ScreeningRow> screening(ScreeningRequest request) {
    return read(() -> fold().screening(request));
  }

  @Override
  public BriefView brief(String entity) {
    return read(() -> {
      KnowledgeFold fold = fold();
      return BriefDraft.write(entity == null ? null : fold.nameOf(entity), documents.size(),
          fold.ledger(entity), fold.events(new EventFilter(entity, null, null, null)));
    });
  }

  private <T> T read(Supplier<T> body) {
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private <T> T write(Supplier<T> body) {
    lock.writeLock().lock();
    try {
      return body.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private KnowledgeFold fold() {
    return new KnowledgeFold(List.copyOf(documents.values()), edits);
  }

  static DocumentSummary summary(AnalyzedDocument d) {
    SourceDocument s = d.get(SourceDocument.KEY);
    DocumentInfo info = d.find(DocumentInfo.KEY).orElse(null);
    return new DocumentSummary(s.id(), s.fileName(), s.mediaType(),
        info == null ? null : info.language().code(), info == null ? null : info.date(),
        info == null || info.title() == null ? s.fileName() : info.title(),
        info == null ? null : info.author(), s.original().length(),
        list(d, Mention.KEY).size(), list(d, Event.KEY).size(), list(d, Exchange.KEY).size());
  }

  static <T> List<T> list(AnalyzedDocument d, Key<List<T>> key) {
    return d.find(key).orElse(List.of());
  }

  static <T> List<T> sorted(List<T> in, Comparator<T> order) {
    List<T> out = new ArrayList<>(in);
    out.sort(order);
    return out;
  }
}
