-- Fewer rows and index entries per stored document (issue #7: the store writer was ingest's
-- bottleneck). Same data, same queries; one script for H2 and PostgreSQL 15, like V1.
--
-- 1. A document's entity forms are a column of document_entity (a JSON array of strings, in
--    order) instead of one document_entity_name row per form (about 58 rows a document).
-- 2. The KB entity a mention names is a column of mention instead of a mention_entity row
--    (about 19 rows a document).
-- 3. The per-document tables keep their primary keys (a document's rows are unique by
--    (document_id, ordinal)) but lose their FOREIGN KEY constraints. H2 gives every foreign key an
--    index of its own on the referencing columns, even where the primary key starts with them, so
--    V1 kept 2-4 indexes per table that no query reads, each a random B-tree insert per row and a
--    rewritten page per commit. The writer stores a document's rows and the entities they name
--    in one transaction; StoreContract checks that every reference resolves.
-- 4. The indexes on entity ids (document_entity, mention_entity, event_actor) go: every reader
--    scans whole tables or reads by document (FactQueries, DocumentLoader), none looks rows up by
--    entity. entity_name keeps its index on the normalized form (the resolver's look-up).
--
-- Each table is rebuilt (new table, INSERT ... SELECT, drop the old, rename): the portable way to
-- drop constraints whose names H2 and PostgreSQL choose differently.

CREATE TABLE outline_node_v2 (
  document_id  VARCHAR(64) NOT NULL,
  ordinal      INTEGER NOT NULL,
  parent       INTEGER,
  kind         VARCHAR(16) NOT NULL,
  marker       VARCHAR,
  node_text    VARCHAR NOT NULL,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  CONSTRAINT outline_node_pk PRIMARY KEY (document_id, ordinal)
);
INSERT INTO outline_node_v2 (document_id, ordinal, parent, kind, marker, node_text, span_start,
    span_end)
  SELECT document_id, ordinal, parent, kind, marker, node_text, span_start, span_end
  FROM outline_node;

CREATE TABLE sentence_v2 (
  document_id  VARCHAR(64) NOT NULL,
  ordinal      INTEGER NOT NULL,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  sentence_text VARCHAR NOT NULL,
  CONSTRAINT sentence_pk PRIMARY KEY (document_id, ordinal)
);
INSERT INTO sentence_v2 (document_id, ordinal, span_start, span_end, sentence_text)
  SELECT document_id, ordinal, span_start, span_end, sentence_text FROM sentence;

CREATE TABLE entity_name_v2 (
  entity_id    VARCHAR(300) NOT NULL,
  name         VARCHAR(500) NOT NULL,
  normalized   VARCHAR(500) NOT NULL,
  CONSTRAINT entity_name_pk PRIMARY KEY (entity_id, name)
);
INSERT INTO entity_name_v2 (entity_id, name, normalized)
  SELECT entity_id, name, normalized FROM entity_name;

-- names: the record's forms as a JSON array of strings, in their order. The escapes are those
-- of JSON for the characters a form can hold (backslash, quote, line breaks, tab).
CREATE TABLE document_entity_v2 (
  document_id  VARCHAR(64) NOT NULL,
  local_id     VARCHAR(300) NOT NULL,
  entity_id    VARCHAR(300) NOT NULL,
  entity_type  VARCHAR(16) NOT NULL,
  name         VARCHAR NOT NULL,
  names        VARCHAR NOT NULL,
  code         VARCHAR(3),
  wikidata     VARCHAR(32),
  origin       VARCHAR(16),
  ordinal      INTEGER NOT NULL,
  CONSTRAINT document_entity_pk PRIMARY KEY (document_id, local_id)
);
INSERT INTO document_entity_v2 (document_id, local_id, entity_id, entity_type, name, names, code,
    wikidata, origin, ordinal)
  SELECT d.document_id, d.local_id, d.entity_id, d.entity_type, d.name,
    COALESCE((SELECT '[' || STRING_AGG('"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(n.name,
          '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"', ','
          ORDER BY n.ordinal) || ']'
        FROM document_entity_name n
        WHERE n.document_id = d.document_id AND n.local_id = d.local_id), '[]'),
    d.code, d.wikidata, d.origin, d.ordinal
  FROM document_entity d;

-- entity_id: the KB entity the mention names (after resolution across documents), null for a
-- mention of no entity (a date, a quantity).
CREATE TABLE mention_v2 (
  document_id  VARCHAR(64) NOT NULL,
  ordinal      INTEGER NOT NULL,
  entity_type  VARCHAR(16) NOT NULL,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  mention_text VARCHAR NOT NULL,
  local_entity VARCHAR(300),
  entity_id    VARCHAR(300),
  norm_value   VARCHAR,
  origin       VARCHAR(16) NOT NULL,
  CONSTRAINT mention_pk PRIMARY KEY (document_id, ordinal)
);
INSERT INTO mention_v2 (document_id, ordinal, entity_type, span_start, span_end, mention_text,
    local_entity, entity_id, norm_value, origin)
  SELECT m.document_id, m.ordinal, m.entity_type, m.span_start, m.span_end, m.mention_text,
    m.local_entity, l.entity_id, m.norm_value, m.origin
  FROM mention m LEFT JOIN mention_entity l ON l.document_id = m.document_id AND l.mention = m.ordinal;

CREATE TABLE event_v2 (
  document_id  VARCHAR(64) NOT NULL,
  ordinal      INTEGER NOT NULL,
  event_type   VARCHAR(24) NOT NULL,
  event_date   VARCHAR(10),
  date_first   DATE,
  place        VARCHAR(300),
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  evidence     VARCHAR NOT NULL,
  plover_category VARCHAR(32) NOT NULL,
  plover_mode  VARCHAR(64),
  plover_context VARCHAR,
  CONSTRAINT event_pk PRIMARY KEY (document_id, ordinal)
);
INSERT INTO event_v2 (document_id, ordinal, event_type, event_date, date_first, place, span_start,
    span_end, evidence, plover_category, plover_mode, plover_context)
  SELECT document_id, ordinal, event_type, event_date, date_first, place, span_start, span_end,
    evidence, plover_category, plover_mode, plover_context
  FROM event;

CREATE TABLE event_actor_v2 (
  document_id  VARCHAR(64) NOT NULL,
  event        INTEGER NOT NULL,
  pos          INTEGER NOT NULL,
  entity_id    VARCHAR(300) NOT NULL,
  local_entity VARCHAR(300) NOT NULL,
  CONSTRAINT event_actor_pk PRIMARY KEY (document_id, event, pos)
);
INSERT INTO event_actor_v2 (document_id, event, pos, entity_id, local_entity)
  SELECT document_id, event, pos, entity_id, local_entity FROM event_actor;

CREATE TABLE exchange_v2 (
  document_id  VARCHAR(64) NOT NULL,
  ordinal      INTEGER NOT NULL,
  giver        VARCHAR(300) NOT NULL,
  receiver     VARCHAR(300) NOT NULL,
  giver_local  VARCHAR(300) NOT NULL,
  receiver_local VARCHAR(300) NOT NULL,
  category     VARCHAR(32) NOT NULL,
  item         VARCHAR NOT NULL,
  status       VARCHAR(16) NOT NULL,
  quantity     VARCHAR,
  exchange_date VARCHAR(10),
  date_first   DATE,
  date_basis   VARCHAR(16),
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  evidence     VARCHAR NOT NULL,
  CONSTRAINT exchange_pk PRIMARY KEY (document_id, ordinal)
);
INSERT INTO exchange_v2 (document_id, ordinal, giver, receiver, giver_local, receiver_local,
    category, item, status, quantity, exchange_date, date_first, date_basis, span_start, span_end,
    evidence)
  SELECT document_id, ordinal, giver, receiver, giver_local, receiver_local, category, item, status,
    quantity, exchange_date, date_first, date_basis, span_start, span_end, evidence
  FROM exchange;

CREATE TABLE claim_v2 (
  document_id  VARCHAR(64) NOT NULL,
  ordinal      INTEGER NOT NULL,
  kind         VARCHAR(16) NOT NULL,
  source_entity VARCHAR(300),
  claim_date   VARCHAR(10),
  claim_text   VARCHAR NOT NULL,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  estimative_term VARCHAR,
  estimative_level VARCHAR(24),
  reliability  CHAR(1) NOT NULL,
  credibility  INTEGER NOT NULL,
  CONSTRAINT claim_pk PRIMARY KEY (document_id, ordinal)
);
INSERT INTO claim_v2 (document_id, ordinal, kind, source_entity, claim_date, claim_text, span_start,
    span_end, estimative_term, estimative_level, reliability, credibility)
  SELECT document_id, ordinal, kind, source_entity, claim_date, claim_text, span_start, span_end,
    estimative_term, estimative_level, reliability, credibility
  FROM claim;

CREATE TABLE sanctions_decision_v2 (
  document_id  VARCHAR(64) NOT NULL,
  ordinal      INTEGER NOT NULL,
  exchange     INTEGER NOT NULL,
  verdict      VARCHAR(16) NOT NULL,
  why          VARCHAR NOT NULL,
  CONSTRAINT sanctions_decision_pk PRIMARY KEY (document_id, ordinal)
);
INSERT INTO sanctions_decision_v2 (document_id, ordinal, exchange, verdict, why)
  SELECT document_id, ordinal, exchange, verdict, why FROM sanctions_decision;

CREATE TABLE decision_citation_v2 (
  document_id  VARCHAR(64) NOT NULL,
  decision     INTEGER NOT NULL,
  pos          INTEGER NOT NULL,
  resolution   VARCHAR(16) NOT NULL,
  paragraph    VARCHAR(32) NOT NULL,
  why          VARCHAR NOT NULL,
  CONSTRAINT decision_citation_pk PRIMARY KEY (document_id, decision, pos)
);
INSERT INTO decision_citation_v2 (document_id, decision, pos, resolution, paragraph, why)
  SELECT document_id, decision, pos, resolution, paragraph, why FROM decision_citation;

CREATE TABLE screening_hit_v2 (
  document_id  VARCHAR(64) NOT NULL,
  ordinal      INTEGER NOT NULL,
  entity_id    VARCHAR(300) NOT NULL,
  local_entity VARCHAR(300) NOT NULL,
  list_name    VARCHAR(32) NOT NULL,
  ref          VARCHAR(64) NOT NULL,
  listed_name  VARCHAR NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  why          VARCHAR NOT NULL,
  CONSTRAINT screening_hit_pk PRIMARY KEY (document_id, ordinal)
);
INSERT INTO screening_hit_v2 (document_id, ordinal, entity_id, local_entity, list_name, ref,
    listed_name, score, why)
  SELECT document_id, ordinal, entity_id, local_entity, list_name, ref, listed_name, score, why
  FROM screening_hit;

-- children before parents (V1's foreign keys)
DROP TABLE mention_entity;
DROP TABLE document_entity_name;
DROP TABLE event_actor;
DROP TABLE decision_citation;
DROP TABLE mention;
DROP TABLE document_entity;
DROP TABLE entity_name;
DROP TABLE outline_node;
DROP TABLE sentence;
DROP TABLE event;
DROP TABLE exchange;
DROP TABLE claim;
DROP TABLE sanctions_decision;
DROP TABLE screening_hit;

ALTER TABLE outline_node_v2 RENAME TO outline_node;
ALTER TABLE sentence_v2 RENAME TO sentence;
ALTER TABLE entity_name_v2 RENAME TO entity_name;
ALTER TABLE document_entity_v2 RENAME TO document_entity;
ALTER TABLE mention_v2 RENAME TO mention;
ALTER TABLE event_v2 RENAME TO event;
ALTER TABLE event_actor_v2 RENAME TO event_actor;
ALTER TABLE exchange_v2 RENAME TO exchange;
ALTER TABLE claim_v2 RENAME TO claim;
ALTER TABLE sanctions_decision_v2 RENAME TO sanctions_decision;
ALTER TABLE decision_citation_v2 RENAME TO decision_citation;
ALTER TABLE screening_hit_v2 RENAME TO screening_hit;

CREATE INDEX entity_name_normalized ON entity_name (normalized);
