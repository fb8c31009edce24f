package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.axiswatch.analysis.Findings;
import org.axiswatch.analysis.FindingsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportsTest {
  private final Findings f = FindingsFixture.findings();

  @Test
  void ftmLinesAreEntitiesWhoseReferencesResolve() throws Exception {
    String out = FtmEntities.write(f);
    Map<String, JsonNode> byId = new HashMap<>();
    Map<String, Integer> schemas = new java.util.TreeMap<>();
    for (String line : out.split("\n")) {
      JsonNode o = new ObjectMapper().readTree(line);
      assertThat(o.get("id").asText()).startsWith("axw-");
      o.get("properties").fields().forEachRemaining(p -> assertThat(p.getValue().isArray())
          .as(p.getKey()).isTrue());
      assertThat(byId.put(o.get("id").asText(), o)).as("unique id").isNull();
      schemas.merge(o.get("schema").asText(), 1, Integer::sum);
    }
    assertThat(schemas).containsEntry("Document", 2).containsEntry("Person", 2)
        .containsEntry("LegalEntity", 3).containsEntry("Organization", 2)
        .containsEntry("Address", 2).containsEntry("UnknownLink", 6).containsEntry("Event", 5)
        .containsEntry("Sanction", 1);
    for (JsonNode o : byId.values()) {
      for (String ref : List.of("subject", "object", "entity", "involved", "organizer")) {
        for (JsonNode v : o.path("properties").path(ref)) {
          assertThat(byId).as(o.get("schema") + "." + ref).containsKey(v.asText());
        }
      }
    }
    JsonNode korea = byId.get(FtmEntities.entityId("PRK"));
    assertThat(korea.at("/properties/country/0").asText()).isEqualTo("kp");
    assertThat(korea.at("/properties/alias").toString()).contains("북한");
    JsonNode sanction = byId.values().stream()
        .filter(o -> o.get("schema").asText().equals("Sanction")).findFirst().orElseThrow();
    assertThat(sanction.at("/properties/unscId/0").asText()).isEqualTo("KPe.001");
    assertThat(FtmEntities.write(FindingsFixture.findings())).isEqualTo(out);
  }

  @Test
  void graphmlIsWellFormedWithDeclaredKeys() throws Exception {
    String xml = GraphmlNetwork.write(f);
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    Document d = dbf.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Map<String, String> keys = new HashMap<>();
    NodeList ks = d.getElementsByTagNameNS(GraphmlNetwork.NS, "key");
    for (int i = 0; i < ks.getLength(); i++) {
      Element k = (Element) ks.item(i);
      keys.put(k.getAttribute("id"), k.getAttribute("for"));
    }
    NodeList data = d.getElementsByTagNameNS(GraphmlNetwork.NS, "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element e = (Element) data.item(i);
      assertThat(keys).containsEntry(e.getAttribute("key"),
          ((Element) e.getParentNode()).getLocalName());
    }
    Set<String> nodes = new HashSet<>();
    NodeList ns = d.getElementsByTagNameNS(GraphmlNetwork.NS, "node");
    for (int i = 0; i < ns.getLength(); i++) {
      String id = ((Element) ns.item(i)).getAttribute("id");
      assertThat(id).matches("[A-Za-z_][\\w.-]*");
      nodes.add(id);
    }
    NodeList es = d.getElementsByTagNameNS(GraphmlNetwork.NS, "edge");
    assertThat(es.getLength()).isGreaterThan(0);
    int exchangeWeight = 0;
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      assertThat(nodes).contains(e.getAttribute("source"), e.getAttribute("target"));
      if (!e.getAttribute("directed").equals("false")) {
        NodeList ds = e.getElementsByTagNameNS(GraphmlNetwork.NS, "data");
        for (int j = 0; j < ds.getLength(); j++) {
          Element k = (Element) ds.item(j);
          if (k.getAttribute("key").equals("weight")) {
            exchangeWeight += Integer.parseInt(k.getTextContent());
          }
        }
      }
    }
    assertThat(exchangeWeight).as("every exchange counted once").isEqualTo(6);
    assertThat(xml).contains("Korea Mining Development Trading Corporation");
  }

  @Test
  void csvTablesQuoteByRfc4180AndKeepTheirShape(@TempDir Path dir) throws Exception {
    List<Path> files = CsvTables.write(f, dir, false);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
        "entities.csv", "events.csv", "exchanges.csv", "claims.csv", "decisions.csv");
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      assertThat(text).doesNotStartWith("\uFEFF").endsWith("\r\n");
      List<List<String>> rows = parse(text);
      int width = rows.get(0).size();
      rows.forEach(r -> assertThat(r).as(p + " " + r).hasSize(width));
    }
    List<List<String>> exchanges = parse(Files.readString(dir.resolve("exchanges.csv")));
    assertThat(exchanges).hasSize(7);
    assertThat(exchanges.get(3)).contains("special forces troops", "about 1,500", "UNCLEAR");
    List<List<String>> decisions = parse(Files.readString(dir.resolve("decisions.csv")));
    // shells cite two paragraphs, so two rows; the others one each
    assertThat(decisions).hasSize(1 + 7);
    assertThat(decisions.stream().map(r -> r.get(0)).distinct().count()).isEqualTo(1 + 6);
    List<Path> bom = CsvTables.write(f, dir.resolve("excel"), true);
    assertThat(Files.readString(bom.get(0), StandardCharsets.UTF_8)).startsWith("\uFEFFid,");
  }

  @Test
  void csvFieldsRoundTrip() {
    for (String s : List.of("plain", "a, b", "say \"yes\"", "two\nlines", "포탄, 미사일", "")) {
      assertThat(parse(CsvTables.csv(List.of(List.of(s, "x")))).get(0)).containsExactly(s, "x");
    }
  }

  /** A strict RFC 4180 reader, independent of the writer. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
