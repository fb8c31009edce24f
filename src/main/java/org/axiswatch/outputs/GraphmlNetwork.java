package org.axiswatch.outputs;

import java.io.StringWriter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.axiswatch.analysis.Findings;
import org.axiswatch.mentions.Entity;

/**
 * The actor network as GraphML (Gephi, yEd, Cytoscape, NetworkX read it): entities as nodes with
 * name and type; exchange edges directed giver to receiver, co-occurrence edges undirected, both
 * with weights. Every attribute key is declared before use, as the format requires.
 */
public final class GraphmlNetwork {
  static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphmlNetwork() {}

  public static String write(Findings f) {
    ActorGraph g = ActorGraph.of(f);
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          NS + " " + NS + "/1.0/graphml.xsd");
      key(x, "entity", "node", "string");
      key(x, "name", "node", "string");
      key(x, "type", "node", "string");
      key(x, "names", "node", "string");
      key(x, "code", "node", "string");
      key(x, "kind", "edge", "string");
      key(x, "weight", "edge", "int");
      key(x, "labels", "edge", "string");
      x.writeCharacters("\n");
      x.writeStartElement("graph");
      x.writeAttribute("id", "actors");
      x.writeAttribute("edgedefault", "directed");
      // GraphML ids are XML name tokens; entity ids may hold spaces ("org:…"), so nodes are
      // numbered and carry the entity id as data
      Map<String, String> nodeIds = new java.util.HashMap<>();
      for (Entity e : g.nodes()) {
        nodeIds.put(e.id(), "n" + nodeIds.size());
        x.writeCharacters("\n  ");
        x.writeStartElement("node");
        x.writeAttribute("id", nodeIds.get(e.id()));
        data(x, Map.of("entity", e.id(), "name", e.name(), "type", e.type().name(),
            "names", String.join("; ", e.names()), "code", e.code() == null ? "" : e.code()));
        x.writeEndElement();
      }
      int n = 0;
      for (ActorGraph.Edge e : g.edges()) {
        x.writeCharacters("\n  ");
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + n++);
        x.writeAttribute("source", nodeIds.get(e.source()));
        x.writeAttribute("target", nodeIds.get(e.target()));
        if (e.kind() == ActorGraph.Kind.EVENT) {
          x.writeAttribute("directed", "false");
        }
        data(x, Map.of("kind", e.kind().name(), "weight", String.valueOf(e.weight()),
            "labels", String.join("; ", e.labels())));
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write GraphML: " + e.getMessage(), e);
    }
    return out + "\n";
  }

  private static void key(XMLStreamWriter x, String name, String domain, String type)
      throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeEmptyElement("key");
    x.writeAttribute("id", name);
    x.writeAttribute("for", domain);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, Map<String, String> values) throws XMLStreamException {
    for (String k : new java.util.TreeSet<>(values.keySet())) {
      x.writeStartElement("data");
      x.writeAttribute("key", k);
      x.writeCharacters(values.get(k));
      x.writeEndElement();
    }
  }
}
