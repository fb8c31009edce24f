package org.axiswatch.outputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.PartialDate;

/**
 * The brief's wording in one language, read once from {@code outputs/labels/<lang>.yaml}: section
 * labels, templates, and a label per enum value. Code never holds the words.
 */
public final class BriefLabels {
  private static final Map<Language, BriefLabels> LOADED = new EnumMap<>(Language.class);
  /** {name}, or {name|one|other}: the word for a count of one, or for any other count. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{([A-Za-z_]+)(?:\\|([^|}]*)\\|([^}]*))?}");

  private final String file;
  private final Map<String, String> values;
  private final Locale locale;

  BriefLabels(String file, Map<String, String> values) {
    this.file = file;
    this.values = Map.copyOf(values);
    this.locale = Locale.forLanguageTag(get("locale"));
  }

  /** The labels of a language (Korean or English). */
  public static synchronized BriefLabels of(Language language) {
    if (language != Language.KO && language != Language.EN) {
      throw new IllegalArgumentException("the brief is written in ko or en, not " + language.code());
    }
    return LOADED.computeIfAbsent(language, l -> load("outputs/labels/" + l.code() + ".yaml"));
  }

  static BriefLabels load(String resource) {
    try (InputStream in = BriefLabels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": missing from the classpath");
      }
      Map<?, ?> tree = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      Map<String, String> flat = new LinkedHashMap<>();
      flatten("", tree, flat, resource);
      return new BriefLabels(resource, flat);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(resource + ": line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage(), e);
    }
  }

  private static void flatten(String prefix, Map<?, ?> tree, Map<String, String> out, String file) {
    for (Map.Entry<?, ?> e : tree.entrySet()) {
      String key = prefix + e.getKey();
      if (e.getValue() instanceof Map<?, ?> m) {
        flatten(key + ".", m, out, file);
      } else if (e.getValue() instanceof String s) {
        out.put(key, s);
      } else {
        throw new IllegalStateException(file + ": " + key + " must be text, not " + e.getValue());
      }
    }
  }

  /** The keys, for checking that both languages say everything. */
  public java.util.Set<String> keys() {
    return values.keySet();
  }

  public String get(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalStateException(file + ": no label " + key);
    }
    return v;
  }

  /** The label of an enum value under a group: {@code label("verdict", Verdict.PROHIBITED)}. */
  public String label(String group, Enum<?> value) {
    return get(group + "." + value.name());
  }

  /**
   * Fills a template's {placeholders} ({n|one|other} picks a word by count); a placeholder without
   * a value is a mistake in the file.
   */
  public String format(String key, Map<String, ?> args) {
    Matcher m = PLACEHOLDER.matcher(get(key));
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      if (!args.containsKey(m.group(1))) {
        throw new IllegalStateException(file + ": " + key + " uses {" + m.group(1)
            + "}, which this template is not given");
      }
      Object value = args.get(m.group(1));
      String text = m.group(2) == null ? String.valueOf(value)
          : "1".equals(String.valueOf(value)) ? m.group(2) : m.group(3);
      m.appendReplacement(b, Matcher.quoteReplacement(text));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** A date at its own precision, in this language's pattern. */
  public String date(PartialDate d) {
    String pattern = switch (d.precision()) {
      case DAY -> get("date.day");
      case MONTH -> get("date.month");
      case YEAR -> get("date.year");
    };
    return DateTimeFormatter.ofPattern(pattern, locale).format(d.first());
  }

  public Locale locale() {
    return locale;
  }
}
