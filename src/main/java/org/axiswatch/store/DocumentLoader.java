package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Language;
import org.axiswatch.pipeline.Span;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.NodeKind;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;
import org.axiswatch.structure.Sentence;

/**
 * Loads a stored document back as the analysis it was stored from (for reindexing, the demo and
 * exports). Keys the analysis lacked when stored stay absent.
 */
final class DocumentLoader {
  private final Connection c;

  DocumentLoader(Connection c) {
    this.c = c;
  }

  Optional<StoredDocument> load(String id) throws SQLException {
    AnalyzedDocument doc = new AnalyzedDocument();
    Set<String> stages;
    try (PreparedStatement ps = c.prepareStatement("SELECT file_name, media_type, encoding,"
        + " byte_count, original, language, doc_date, title, author, stages FROM document WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        doc.put(SourceDocument.KEY, new SourceDocument(id, rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(5), rs.getLong(4)));
        stages = Set.copyOf(Arrays.asList(rs.getString(10).split(" ")));
        if (stages.contains(DocumentInfo.KEY.name())) {
          doc.put(DocumentInfo.KEY, new DocumentInfo(Language.ofCode(rs.getString(6)),
              Sql.partialDate(rs.getString(7)), rs.getString(8), rs.getString(9)));
        }
      }
    }
    if (stages.contains(Outline.KEY.name())) {
      doc.put(Outline.KEY, outline(id));
    }
    if (stages.contains(Sentence.KEY.name())) {
      doc.put(Sentence.KEY, sentences(id));
    }
    Map<String, String> kbIds = new LinkedHashMap<>();
    List<Entity> entities = entities(id, kbIds);
    if (stages.contains(Entity.KEY.name())) {
      doc.put(Entity.KEY, entities);
    }
    if (stages.contains(Mention.KEY.name())) {
      doc.put(Mention.KEY, mentions(id));
    }
    new FactLoader(c, id).load(doc, stages);
    return Optional.of(new StoredDocument(id, doc, kbIds));
  }

  private Outline outline(String id) throws SQLException {
    Map<Integer, OutlineNode> bare = new LinkedHashMap<>();
    Map<Integer, List<Integer>> children = new HashMap<>();
    List<Integer> roots = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT ordinal, parent, kind, marker, node_text,"
        + " span_start, span_end FROM outline_node WHERE document_id = ? ORDER BY ordinal")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int ordinal = rs.getInt(1);
          int parent = rs.getInt(2);
          boolean root = rs.wasNull();
          bare.put(ordinal, new OutlineNode(NodeKind.valueOf(rs.getString(3)), rs.getString(4),
              rs.getString(5), new Span(rs.getInt(6), rs.getInt(7)), List.of()));
          (root ? roots : children.computeIfAbsent(parent, k -> new ArrayList<>())).add(ordinal);
        }
      }
    }
    List<OutlineNode> tree = new ArrayList<>();
    for (int r : roots) {
      tree.add(build(r, bare, children));
    }
    return new Outline(tree);
  }

  private static OutlineNode build(int ordinal, Map<Integer, OutlineNode> bare,
      Map<Integer, List<Integer>> children) {
    OutlineNode n = bare.get(ordinal);
    List<OutlineNode> kids = new ArrayList<>();
    for (int k : children.getOrDefault(ordinal, List.of())) {
      kids.add(build(k, bare, children));
    }
    return new OutlineNode(n.kind(), n.marker(), n.text(), n.span(), kids);
  }

  private List<Sentence> sentences(String id) throws SQLException {
    List<Sentence> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT ordinal, span_start, span_end,"
        + " sentence_text FROM sentence WHERE document_id = ? ORDER BY ordinal")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Sentence(rs.getInt(1), new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4)));
        }
      }
    }
    return out;
  }

  private List<Entity> entities(String id, Map<String, String> kbIds) throws SQLException {
    List<Entity> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT local_id, entity_id, entity_type, name,"
        + " names, code, wikidata, origin FROM document_entity WHERE document_id = ? ORDER BY ordinal")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String local = rs.getString(1);
          kbIds.put(local, rs.getString(2));
          out.add(new Entity(local, EntityType.valueOf(rs.getString(3)), rs.getString(4),
              FormsColumn.read(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)));
        }
      }
    }
    return out;
  }

  private List<Mention> mentions(String id) throws SQLException {
    List<Mention> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT entity_type, span_start, span_end,"
        + " mention_text, local_entity, norm_value, origin FROM mention WHERE document_id = ?"
        + " ORDER BY ordinal")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Mention(EntityType.valueOf(rs.getString(1)), new Span(rs.getInt(2), rs.getInt(3)),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
        }
      }
    }
    return out;
  }
}
