package org.axiswatch.mentions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Tokens with part-of-speech tags: Nori for a stretch that holds Hangul, Lucene's standard
 * tokenizer otherwise. Not thread-safe (Lucene tokenizers keep state); make one per document.
 * Nori's tags are used as hints for names the gazetteer lacks, never trusted alone: its dictionary
 * (mecab-ko-dic, 2018) tags many foreign and North Korean names as common nouns.
 */
final class WordTokenizer {
  /** Made on first use: a document without Hangul never needs Nori, one in Korean rarely the other. */
  private KoreanTokenizer nori;
  private StandardTokenizer standard;

  /** Tokens of text[from, to), offsets in the text. */
  List<Token> tokenize(CharSequence text, int from, int to) {
    boolean hangul = false;
    for (int i = from; i < to && !hangul; i++) {
      hangul = HangulSpelling.isHangul(text.charAt(i));
    }
    return tokenize(text, from, to, hangul);
  }

  /** The same, when the caller already knows whether the stretch holds Hangul. */
  List<Token> tokenize(CharSequence text, int from, int to, boolean hangul) {
    return run(hangul ? nori() : standard(), text.subSequence(from, to).toString(), from, hangul);
  }

  /** The same, for a chunk already cut out ({@link ChunkWords#chunk}) that starts at {@code from}. */
  List<Token> tokenize(String chunk, int from, boolean hangul) {
    return run(hangul ? nori() : standard(), chunk, from, hangul);
  }

  private KoreanTokenizer nori() {
    if (nori == null) {
      nori = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null,
          KoreanTokenizer.DecompoundMode.NONE, false, true);
    }
    return nori;
  }

  private StandardTokenizer standard() {
    if (standard == null) {
      standard = new StandardTokenizer();
    }
    return standard;
  }

  private static List<Token> run(Tokenizer t, String s, int offset, boolean korean) {
    List<Token> out = new ArrayList<>();
    CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
    OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
    PartOfSpeechAttribute pos = korean ? t.addAttribute(PartOfSpeechAttribute.class) : null;
    TypeAttribute type = korean ? null : t.addAttribute(TypeAttribute.class);
    try {
      t.setReader(new java.io.StringReader(s));
      t.reset();
      while (t.incrementToken()) {
        String tag = korean ? pos.getLeftPOS().name() : type.type();
        out.add(new Token(term.toString(), offset + off.startOffset(), offset + off.endOffset(), tag));
      }
      t.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        t.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
