package org.axiswatch.sanctions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads regimes from YAML: one file per resolution (or national measure), listed in
 * {@code sanctions/regimes/index.txt}; the {@code regime} field of each file says which regime it
 * belongs to, so adding a resolution or a national regime is adding a file and a line. A malformed
 * file stops start-up with its name and line.
 */
public final class RegimeReader {
  private static final String ROOT = "/sanctions/regimes/";
  private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static Map<String, Regime> shipped;

  /** The YAML shape of one resolution file. */
  record ResolutionFile(String regime, String target, String resolution, String adopted,
      String title, String document, List<Entry> provisions) {}

  /** The YAML shape of one provision. */
  record Entry(String paragraph, String topic, String summary, String wording,
      VerificationStatus status, String statusNote, List<String> sources, String inForce,
      List<Cap> caps, List<String> exemptions, String approval, String supersededBy,
      List<ProvisionRule> rules) {}

  /** The YAML shape of a sources file. */
  record SourceFile(@JsonProperty(required = true) String regime,
      @JsonProperty(required = true) Map<String, String> sources) {}

  private RegimeReader() {}

  /** The shipped regimes by name, read once. */
  public static synchronized Map<String, Regime> shipped() {
    if (shipped == null) {
      shipped = read(index());
    }
    return shipped;
  }

  static List<String> index() {
    List<String> files = new ArrayList<>();
    try (InputStream in = open("index.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          files.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static Map<String, Regime> read(List<String> files) {
    Map<String, List<Provision>> provisions = new LinkedHashMap<>();
    Map<String, String> targets = new LinkedHashMap<>();
    Map<String, Map<String, String>> sources = new LinkedHashMap<>();
    for (String file : files) {
      try (InputStream in = open(file)) {
        if (file.endsWith("sources.yaml")) {
          SourceFile s = YAML.readValue(in, SourceFile.class);
          sources.computeIfAbsent(s.regime(), k -> new LinkedHashMap<>()).putAll(s.sources());
          continue;
        }
        ResolutionFile f = YAML.readValue(in, ResolutionFile.class);
        require(f.regime() != null && f.target() != null && f.resolution() != null
            && f.adopted() != null && f.provisions() != null, file,
            "needs regime, target, resolution, adopted and provisions");
        String old = targets.putIfAbsent(f.regime(), f.target());
        require(old == null || old.equals(f.target()), file, "target differs within regime");
        for (Entry e : f.provisions()) {
          provisions.computeIfAbsent(f.regime(), k -> new ArrayList<>()).add(provision(f, e, file));
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        throw new IllegalStateException("sanctions/regimes/" + file + ":"
            + (at == null ? "?" : at.getLineNr()) + ": " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new UncheckedIOException("sanctions/regimes/" + file, e);
      }
    }
    Map<String, Regime> out = new LinkedHashMap<>();
    provisions.forEach((name, ps) -> {
      Map<String, String> src = sources.getOrDefault(name, Map.of());
      for (Provision p : ps) {
        for (String s : p.sources()) {
          require(src.containsKey(s), p.label(), "cites unknown source " + s);
        }
      }
      out.put(name, new Regime(name, targets.get(name), ps, src));
    });
    return out;
  }

  private static Provision provision(ResolutionFile f, Entry e, String file) {
    require(e.paragraph() != null && e.summary() != null && e.status() != null, file,
        "provision " + e.paragraph() + " needs paragraph, summary and status");
    try {
      return new Provision(f.regime(), f.resolution(), e.paragraph(),
          e.topic() == null ? "" : e.topic(), e.summary(), e.wording(), e.status(),
          e.statusNote() == null ? "" : e.statusNote(), nonNull(e.sources()),
          LocalDate.parse(e.inForce() == null ? f.adopted() : e.inForce()), nonNull(e.caps()),
          nonNull(e.exemptions()), e.approval(), e.supersededBy(), nonNull(e.rules()));
    } catch (RuntimeException ex) {
      throw new IllegalStateException("sanctions/regimes/" + file + ": " + f.resolution() + " OP"
          + e.paragraph() + ": " + ex.getMessage());
    }
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static void require(boolean ok, String where, String what) {
    if (!ok) {
      throw new IllegalStateException("sanctions/regimes/" + where + ": " + what);
    }
  }

  private static InputStream open(String file) {
    InputStream in = RegimeReader.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new IllegalStateException("missing resource sanctions/regimes/" + file);
    }
    return in;
  }
}
