package org.axiswatch.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.LineMarker;
import org.axiswatch.read.RepairedText;
import org.axiswatch.read.TextLine;

/**
 * Adds {@link DocumentInfo}: the language by script (Hangul against Latin letters), the dateline,
 * the title and the author where the header states them. The header is the first lines before any
 * outline marker: Korean briefs put the title, then "2023. 9. 14.(목), 홍길동 ○○센터 실장"; English
 * articles a heading, a "By …" byline and a dateline.
 */
public final class DocumentInfoFinder implements Stage {
  private static final int HEADER_LINES = 12;
  /** Hangul share of letters above which a text is Korean: Korean briefs quote many Latin acronyms. */
  private static final double KOREAN_SHARE = 0.3;
  private static final Pattern HANGUL_NAME = Pattern.compile("[가-힣]{2,4}");
  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]+");
  private static final Pattern TITLED_NAME = Pattern.compile("([가-힣]{2,4})\\s*([가-힣]{1,6})");
  /** A series line above a title: "INSS 이슈브리프 제512호", "Issue Brief No. 23", "Vol. 5". */
  private static final Pattern SERIES = Pattern.compile(
      "제\\s*\\d+\\s*호|\\b(?:No|Vol)\\.\\s*\\d+|(?i:issue brief)|이슈\\s*브리프");
  /** "By Jane Doe", "By Staff reporters · November 5, 2024": up to a separator, a digit or "and". */
  private static final Pattern BYLINE = Pattern.compile(
      "^\\s*(?:By|BY|by|Author:|Written by)\\s+([A-Z][\\p{L}.'’-]*(?:\\s+(?!and\\b)[\\p{L}][\\p{L}.'’-]*){0,3})"
          + "\\s*(?:$|[·|,;–—/(]|\\d|\\band\\b)");
  /** Where a Korean news byline is looked for: the top and the tail of the article. */
  private static final int NEWS_HEAD = 1500;
  private static final int NEWS_TAIL = 800;

  private final WordList surnames = WordList.load("korean-surnames.txt", Pattern.compile("[가-힣]{1,2}"));
  private final WordList titles = WordList.load("byline-titles.txt", Pattern.compile("[가-힣]+"));
  private final WordList dateLabels = WordList.load("date-labels.txt", Pattern.compile("[가-힣]+"));
  private final WordList releaseLabels = WordList.load("release-labels.txt", Pattern.compile("[가-힣]+"));
  private final Pattern reporterByline = reporterByline(
      WordList.load("reporter-titles.txt", Pattern.compile("[가-힣]+")));

  @Override
  public Set<Key<?>> requires() {
    return Set.of(RepairedText.KEY);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(DocumentInfo.KEY);
  }

  @Override
  public void annotate(AnalyzedDocument document) {
    document.put(DocumentInfo.KEY, find(document.get(RepairedText.KEY).text()));
  }

  public DocumentInfo find(String text) {
    Language language = language(text);
    List<String> header = header(text);
    int dateLine = -1;
    DateFinder.Found date = null;
    for (int i = 0; i < header.size() && date == null; i++) {
      date = released(header.get(i));
      dateLine = date == null ? -1 : i;
    }
    for (int i = 0; i < header.size() && date == null; i++) {
      date = DateFinder.first(header.get(i));
      dateLine = date == null ? -1 : i;
    }
    if (date == null) {
      // no dateline in the header: the first full date near the top is the best evidence left
      DateFinder.Found f = DateFinder.first(text.substring(0, Math.min(text.length(), 1500)));
      date = f != null && f.date().precision() == org.axiswatch.pipeline.PartialDate.Precision.DAY ? f : null;
    }
    if (date == null) {
      // a wire dateline without its year: the text's own years (or the lead's weekday) date it
      date = YearlessDateline.find(header, text, java.time.LocalDate.now());
    }
    String title = title(header, dateLine, language);
    String author = author(text, header, dateLine, date, language);
    return new DocumentInfo(language, date == null ? null : date.date(), title, author);
  }

  /** The date after a release label ("보도일시 2025. 5. 29.(목) 10:00"), in line offsets, or null. */
  private DateFinder.Found released(String line) {
    Matcher m = HANGUL_WORD.matcher(line);
    while (m.find()) {
      if (releaseLabels.contains(m.group())) {
        DateFinder.Found f = DateFinder.first(line.substring(m.end()));
        if (f != null && line.substring(m.end(), m.end() + f.start()).matches("[\\s:：|()\\[\\]]*")) {
          return new DateFinder.Found(f.date(), m.end() + f.start(), m.end() + f.end());
        }
      }
    }
    return null;
  }

  static Language language(String text) {
    long hangul = 0;
    long latin = 0;
    long letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s == Character.UnicodeScript.HANGUL) {
        hangul++;
      } else if (s == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (letters == 0) {
      return Language.OTHER;
    }
    if (hangul >= KOREAN_SHARE * letters) {
      return Language.KO;
    }
    return latin >= 0.5 * letters ? Language.EN : Language.OTHER;
  }

  /** The first non-blank lines, up to the first outline marker (a title may not start with one). */
  private static List<String> header(String text) {
    List<String> header = new ArrayList<>();
    for (TextLine l : TextLine.split(text)) {
      String s = l.of(text).strip();
      if (s.isEmpty()) {
        continue;
      }
      LineMarker m = LineMarker.of(s);
      if (header.size() >= HEADER_LINES
          || (m != null && m.type() != LineMarker.Type.HEADING && !header.isEmpty())) {
        break;
      }
      header.add(s);
    }
    return header;
  }

  private String title(List<String> header, int dateLine, Language language) {
    List<String> lines = new ArrayList<>();
    // above the dateline when it has lines above it, else the header without the dateline
    List<String> candidates = dateLine > 0 ? header.subList(0, dateLine) : header;
    for (int i = 0; i < candidates.size(); i++) {
      if (i != dateLine && !isByline(candidates.get(i))) {
        lines.add(candidates.get(i));
      }
    }
    if (lines.isEmpty()) {
      return null;
    }
    String title;
    if (language == Language.KO && dateLine > 0) {
      // Korean briefs: the title may run over several lines above the dateline
      title = String.join(" ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    } else {
      title = lines.get(0);
    }
    LineMarker marker = LineMarker.of(title);
    if (marker != null && marker.type() != LineMarker.Type.SUMMARY) {
      title = title.substring(marker.textStart());
    }
    title = title
        .replaceAll("[*†‡]+(?=\\s|$)", "")
        .replaceAll("\\s+", " ").strip();
    return title.isEmpty() || title.length() > 200 ? null : title;
  }

  private String author(String text, List<String> header, int dateLine, DateFinder.Found date,
      Language language) {
    for (String line : header) {
      Matcher m = BYLINE.matcher(line);
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    if (language != Language.KO) {
      return null;
    }
    String reporter = reporter(text);
    if (reporter != null) {
      return reporter;
    }
    if (dateLine >= 0) {
      // "2023. 9. 14.(목), 홍길동 외교안보센터 실장": the name next to the date
      String rest = header.get(dateLine).substring(0, date.start()) + " "
          + header.get(dateLine).substring(date.end());
      for (String token : rest.split("[\\s,/|·()]+")) {
        if (isName(token)) {
          return token;
        }
      }
    }
    for (String line : header) {
      if (isNameAndTitle(line)) {
        return line.strip().split("[\\s,]+")[0];
      }
    }
    for (String line : header) {
      Matcher m = TITLED_NAME.matcher(line);
      while (m.find()) {
        if (isName(m.group(1)) && titles.contains(m.group(2))) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /**
   * "(서울=연합뉴스) 홍길동 기자 =", "홍길동 기자 hong@yna.co.kr", a line "홍길동 특파원": the
   * reporter, at the top or the tail of a news article. A name merely followed by 기자 inside a
   * sentence is not a byline, so the title must be followed by "=", an e-mail address or the line end.
   */
  private String reporter(String text) {
    List<String> parts = List.of(text.substring(0, Math.min(text.length(), NEWS_HEAD)),
        text.substring(Math.max(0, text.length() - NEWS_TAIL)));
    for (String part : parts) {
      Matcher m = reporterByline.matcher(part);
      while (m.find()) {
        if (isName(m.group(1))) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  private static Pattern reporterByline(WordList reporterTitles) {
    List<String> alternatives = new ArrayList<>(reporterTitles.words());
    alternatives.sort((a, b) -> b.length() - a.length());
    return Pattern.compile("(?m)(?:^|[)=])[ \t]*([가-힣]{2,4})[ \t]*(?:" + String.join("|", alternatives)
        + ")[ \t]*(?:=|[\\w.+-]+@[\\w-]+\\.[\\w.]+|$)");
  }

  /** "By Jane Doe", "박민수 기자", or a series line: header lines that are not the title. */
  private boolean isByline(String line) {
    if (BYLINE.matcher(line).find() || SERIES.matcher(line).find()) {
      return true;
    }
    return isNameAndTitle(line);
  }

  /** "김영수 국방연구센터 연구위원": a name first, a title last, little between. */
  private boolean isNameAndTitle(String line) {
    String[] tokens = line.strip().split("[\\s,]+");
    return tokens.length >= 2 && tokens.length <= 5 && isName(tokens[0])
        && titles.contains(tokens[tokens.length - 1]);
  }

  private boolean isName(String token) {
    if (!HANGUL_NAME.matcher(token).matches() || titles.contains(token)
        || dateLabels.contains(token) || releaseLabels.contains(token)) {
      return false;
    }
    for (String t : titles.words()) {
      if (token.endsWith(t)) {
        return false;
      }
    }
    boolean compound = token.length() >= 3 && surnames.contains(token.substring(0, 2));
    return compound || surnames.contains(token.substring(0, 1));
  }
}
