package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.PartialDate;
import org.axiswatch.pipeline.Span;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.RepairedText;
import org.axiswatch.structure.DocumentInfo;

/**
 * The mention stage: finds people, organisations, states, places, facilities, weapons, dates and
 * quantities in the repaired text and gathers the document's entities.
 *
 * <p>Requires {@link RepairedText#KEY} and {@link DocumentInfo#KEY} (the document date resolves
 * relative dates; when the info or its date is missing, the first full date near the top of the
 * text stands in). Adds {@link Mention#KEY} and {@link Entity#KEY}. Spans are original
 * offsets. The text is worked through in chunks of lines, so time is linear and memory is bounded
 * by the chunk and the output.
 */
public final class MentionFinder implements Stage {
  /** @param contextNames also find names the gazetteer lacks, from titles, suffixes and Nori tags */
  public record Config(boolean contextNames) {
    public static final Config DEFAULT = new Config(true);
  }

  /** How far from the top a dateline is looked for when no document date is given. */
  private static final int DATELINE_REACH = 600;
  /** Removed stretches shorter than this are page numbers and rules, not footnotes. */
  private static final int MIN_REMOVED = 8;

  private final Config config;
  private final Gazetteer gazetteer;
  private final Particles particles;
  private final GazetteerMatcher names;
  private final PressFormFinder pressForms;
  private final ContextCues cues;
  private final DateFinder dates = new DateFinder();
  private final QuantityFinder quantities;
  private final SeatResolver seats;
  private final WeaponClassFinder weaponClasses;
  private final WeaponPhrases weaponPhrases;
  private final StateBodyResolver bodies;

  public MentionFinder() {
    this(Config.DEFAULT);
  }

  public MentionFinder(Config config) {
    this.config = config;
    this.gazetteer = Gazetteer.standard();
    this.particles = Particles.standard();
    this.names = new GazetteerMatcher(gazetteer, particles);
    this.pressForms = new PressFormFinder(DataLines.resource("press-forms.tsv"), gazetteer, particles);
    this.cues = ContextCues.standard();
    this.quantities = QuantityFinder.standard(particles);
    this.seats = SeatResolver.standard(gazetteer);
    this.weaponClasses = WeaponClassFinder.standard();
    this.bodies = new StateBodyResolver(gazetteer);
    this.weaponPhrases = new WeaponPhrases(gazetteer.index(), weaponClasses, particles);
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(RepairedText.KEY, DocumentInfo.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Mention.KEY, Entity.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument document) {
    RepairedText repaired = document.get(RepairedText.KEY);
    PartialDate anchor = document.find(DocumentInfo.KEY).map(DocumentInfo::date).orElse(null);
    if (anchor == null) {
      anchor = DateFinder.firstFullDate(repaired.text(), DATELINE_REACH);
    }
    List<Found> found = find(repaired.text(), anchor);
    List<Mention> mentions = new ArrayList<>(found.size());
    EntityBook book = new EntityBook();
    String original = repaired.original();
    for (Found f : found) {
      Span span = repaired.toOriginal(f.start(), f.end());
      String text = original.substring(span.start(), span.end());
      mentions.add(new Mention(f.type(), span, text, f.entityId(), f.value(), f.origin()));
      // the entity keeps the repaired form: a name broken across lines in a PDF is one word
      book.add(f, repaired.text().substring(f.start(), f.end()));
    }
    // footnotes that repair took out of the working text still name the document's actors
    // (the author's institute, a source); they are read in place, in original offsets
    for (Span removed : repaired.removed()) {
      if (removed.length() >= MIN_REMOVED && hasLetters(original, removed)) {
        for (Found f : chunk(original, removed.start(), removed.end(), anchor,
            config.contextNames() ? new WordTokenizer() : null)) {
          String text = original.substring(f.start(), f.end());
          mentions.add(new Mention(f.type(), new Span(f.start(), f.end()), text, f.entityId(),
              f.value(), f.origin()));
          book.add(f, text);
        }
      }
    }
    mentions.sort(java.util.Comparator.comparing(Mention::span));
    document.put(Mention.KEY, List.copyOf(mentions));
    document.put(Entity.KEY, book.entities());
  }

  /** Every mention in working offsets, in text order, no two named ones overlapping. */
  List<Found> find(String text, PartialDate anchor) {
    WordTokenizer tokenizer = config.contextNames() ? new WordTokenizer() : null;
    List<Found> all = new ArrayList<>();
    List<int[]> chunks = TextChunks.split(text);
    for (int[] c : chunks) {
      all.addAll(chunk(text, c[0], c[1], anchor, tokenizer));
    }
    if (config.contextNames()) {
      all = ContextRecall.extend(text, chunks, all, particles, cues.latinSurnames);
    }
    return all;
  }

  private static boolean hasLetters(String text, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private List<Found> chunk(String text, int from, int to, PartialDate anchor, WordTokenizer tokenizer) {
    ChunkWords words = new ChunkWords(text, from, to);
    boolean korean = words.hangul;
    List<Found> named = new ArrayList<>();
    names.scan(text, from, to, named);
    if (korean) {
      pressForms.scan(text, from, to, named); // one-syllable state names: Hangul only
    }
    List<Found> all = new ArrayList<>(named);
    if (tokenizer != null) {
      Coverage known = new Coverage(from, to, named);
      if (korean) {
        new KoreanContextFinder(cues, particles, bodies).scan(text, from, to, tokenizer, known, all);
        weaponClasses.scanKorean(text, from, to, known, particles, all);
      } else {
        List<Token> tokens = EnglishContextFinder.hyphenated(text,
            tokenizer.tokenize(words.chunk, from, false));
        new EnglishContextFinder(cues, bodies).scan(text, tokens, known, all);
        weaponClasses.scan(text, tokens, known, all);
        WeaponVariants.add(text, named, all);
      }
    }
    if (!korean) {
      seats.addHalves(words, all);
    }
    int[] digits = words.numberStarts();
    dates.scan(text, words, to, digits, anchor, all);
    quantities.scan(text, from, to, digits, all);
    List<Found> kept = Overlaps.settle(all, from, to);
    kept.sort(Comparator.comparingInt(Found::start));
    kept = weaponPhrases.join(text, from, kept);
    seats.resolve(text, from, kept);
    Abbreviations.add(text, to, kept);
    kept.sort(Comparator.comparingInt(Found::start));
    return kept;
  }
}
