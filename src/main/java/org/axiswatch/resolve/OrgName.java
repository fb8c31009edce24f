package org.axiswatch.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way to read an organisation's name: its words (legal forms and function words dropped,
 * variants folded), whether it is an acronym, the initials it can be shortened to, and, for a
 * Hangul name or a name written wholly in romanized Korean, the phonetic key of the whole name.
 * A name with an acronym in brackets ("Ocean Maritime Management Company (OMM)") has two readings.
 *
 * @param name the form read
 * @param words canonical words in order, legal forms and stop words left out
 * @param acronym the acronym in upper case when the whole name is one, else null
 * @param initials upper-case initials of a Latin name of two or more words (with and without
 *     function words and legal forms), else empty
 * @param hangul true when the name is written in Hangul
 * @param wholeKey phonetic key of the whole name (Hangul, or every word romanized Korean), else null
 */
public record OrgName(String name, List<Word> words, String acronym, Set<String> initials,
    boolean hangul, String wholeKey) {

  /**
   * A word of the name.
   *
   * @param text canonical form (lower case, variants folded)
   * @param kind its class in the word table
   * @param key phonetic key when the word reads as romanized Korean, else null
   * @param head true for the words before the first "of" of a name that has one: the body itself
   *     ("Central Military Commission" of the Workers' Party), not whose it is
   */
  public record Word(String text, OrgWords.Kind kind, String key, boolean head) {}

  public OrgName {
    Objects.requireNonNull(name, "name");
    words = List.copyOf(words);
    initials = Set.copyOf(initials);
  }

  private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,5}");
  private static final Pattern ROMANIZED = Pattern.compile(
      "(?:(?:kk|k|g|n|tt|t|d|r|l|m|pp|p|b|ss|sh|s|jj|j|tch|ch|h|ph|th|kh)?"
      + "(?:yae|yeo|yoo|wae|weo|eui|ae|ya|eo|yo|ye|wa|oe|oi|wo|we|wi|yu|eu|ui|ee|oo|ou|ai|"
      + "a|e|i|o|u)(?:ng|k|n|t|l|r|m|p|g|b)?)+");
  private static final Pattern SPLIT = Pattern.compile("[\\s,/\"“”«»:;]+");

  /** Every reading of a name. */
  public static List<OrgName> of(String name) {
    return of(name, OrgWords.shipped());
  }

  static List<OrgName> of(String name, OrgWords table) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    List<OrgName> out = new ArrayList<>();
    StringBuilder main = new StringBuilder();
    Matcher m = BRACKETS.matcher(n);
    int last = 0;
    while (m.find()) {
      main.append(n, last, m.start()).append(' ');
      String inside = m.group(1).strip();
      if (ACRONYM.matcher(inside).matches()) {
        out.add(read(inside, table));
      } else if (!inside.matches("(?i)[a-z]{2,3}[ie]\\.[0-9]+")) {
        main.append(inside).append(' ');
      }
      last = m.end();
    }
    main.append(n.substring(last));
    String body = main.toString().replaceAll("[()]", " ").strip();
    if (!body.isEmpty()) {
      out.add(0, read(body, table));
    }
    out.removeIf(r -> r.words().isEmpty() && r.acronym() == null);
    return out;
  }

  /**
   * Whether a bare name, with no type given, reads as an organisation's: an acronym, a Latin name
   * with a legal form or an institution word, a Hangul word with an organisation ending (but not
   * surname + two syllables, which is a person: 리영국).
   */
  public static boolean looksLikeOrganisation(String name) {
    List<OrgName> rs = of(name);
    if (rs.isEmpty()) {
      return false;
    }
    OrgName r = rs.get(0);
    if (r.acronym() != null) {
      return Surnames.shipped().key(r.acronym()) == null;
    }
    String form = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    if (r.hangul()) {
      String compact = form.replaceAll("\\s+", "");
      boolean personShaped = compact.length() == 3
          && Surnames.shipped().key(compact.substring(0, 1)) != null;
      return !personShaped && OrgWords.shipped().hangulSuffix(compact) != null;
    }
    OrgWords t = OrgWords.shipped();
    return SPLIT.splitAsStream(form).map(w -> t.kind(t.canonical(w.replaceAll("[.]+$", ""))))
        .anyMatch(k -> k != OrgWords.Kind.DISTINCTIVE);
  }

  private static OrgName read(String form, OrgWords table) {
    List<String> raw = new ArrayList<>();
    for (String t : SPLIT.split(form)) {
      String w = t.replaceAll("^[.'’‘]+|[.'’‘]+$", "").replaceAll("[‐‑–-]", "");
      if (!w.isEmpty()) {
        raw.add(w);
      }
    }
    List<String> kept = raw.stream()
        .filter(w -> table.kind(table.canonical(w)) != OrgWords.Kind.LEGAL).toList();
    if (kept.isEmpty()) {
      kept = raw;
    }
    boolean hangul = !kept.isEmpty() && PhoneticKey.isHangul(kept.get(0).charAt(0));
    String acronym = kept.size() == 1 && ACRONYM.matcher(kept.get(0)).matches()
        ? kept.get(0) : null;
    List<Word> words = new ArrayList<>();
    boolean head = kept.stream().anyMatch(w -> w.equalsIgnoreCase("of"));
    for (int i = 0; i < kept.size(); i++) {
      String w = kept.get(i);
      if (hangul && i == kept.size() - 1) {
        String suffix = table.hangulSuffix(w);
        if (suffix != null && table.kind(suffix) == OrgWords.Kind.LEGAL) {
          w = w.substring(0, w.length() - suffix.length());
        }
      }
      String c = table.canonical(w.endsWith("'s") || w.endsWith("’s") ? w
          : w.replaceAll("['’‘]", ""));
      OrgWords.Kind kind = table.kind(c);
      if (c.equals("of")) {
        head = false;
      }
      if (kind != OrgWords.Kind.STOP) {
        words.add(new Word(c, kind, koreanKey(w), head));
      }
    }
    return new OrgName(form, words, acronym, acronym == null ? initials(raw, table) : Set.of(),
        hangul, wholeKey(words, hangul));
  }

  /** The phonetic key of a Hangul word or a word that reads as romanized Korean, else null. */
  static String koreanKey(String word) {
    if (PhoneticKey.isHangul(word.charAt(0))) {
      return PhoneticKey.of(word).key();
    }
    String bare = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replaceAll("['’‘]", "").toLowerCase(Locale.ROOT);
    if (bare.length() < 2 || bare.length() > 24 || !ROMANIZED.matcher(bare).matches()) {
      return null;
    }
    return PhoneticKey.of(bare).key();
  }

  private static String wholeKey(List<Word> words, boolean hangul) {
    if (words.isEmpty() || words.stream().anyMatch(w -> w.key() == null)) {
      return null;
    }
    // run together, n+g and ng are written alike (Chongchongang = Chong Chon Gang = 청천강)
    String key = PhoneticKey.join(words.stream().map(Word::key).toList()).replace("NK", "G");
    // one Hangul syllable or a two-letter key says too little to stand for a whole name
    return key.length() >= (hangul ? 4 : 5) ? key : null;
  }

  private static Set<String> initials(List<String> raw, OrgWords table) {
    Set<String> out = new LinkedHashSet<>();
    if (raw.size() < 2 || PhoneticKey.isHangul(raw.get(0).charAt(0))) {
      return out;
    }
    for (boolean withStop : new boolean[] {true, false}) {
      for (boolean withLegal : new boolean[] {true, false}) {
        StringBuilder b = new StringBuilder();
        for (String w : raw) {
          OrgWords.Kind k = table.kind(table.canonical(w));
          if (k == OrgWords.Kind.STOP && !withStop || k == OrgWords.Kind.LEGAL && !withLegal) {
            continue;
          }
          b.append(Character.toUpperCase(w.charAt(0)));
        }
        if (b.length() >= 2) {
          out.add(b.toString());
        }
      }
    }
    return out;
  }
}
