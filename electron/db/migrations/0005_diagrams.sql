-- Activity-system diagrams: the systems (triangles) of a diagram, the text of
-- each component, tensions tied to components, and the codings that back components and
-- tensions. Every table is undoable: children are deleted explicitly, never by cascade.

CREATE TABLE diagram_systems (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  diagram_id INTEGER NOT NULL REFERENCES diagrams(id) ON DELETE RESTRICT,
  seq        INTEGER NOT NULL,
  name       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX diagram_systems_by_diagram ON diagram_systems (diagram_id, seq);

-- One row per component of each system; the shared object of a third-generation
-- diagram belongs to no system. nudge_x/nudge_y: where the researcher moved the label.
CREATE TABLE diagram_components (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  diagram_id INTEGER NOT NULL REFERENCES diagrams(id) ON DELETE RESTRICT,
  system_id  INTEGER REFERENCES diagram_systems(id) ON DELETE RESTRICT,
  component  TEXT NOT NULL CHECK (component IN ('subject', 'object', 'outcome', 'tools', 'rules', 'community', 'division-of-labour', 'shared-object')),
  text       TEXT NOT NULL DEFAULT '',
  nudge_x    REAL NOT NULL DEFAULT 0,
  nudge_y    REAL NOT NULL DEFAULT 0,
  CHECK ((component = 'shared-object') = (system_id IS NULL))
) STRICT;
CREATE INDEX diagram_components_by_diagram ON diagram_components (diagram_id);
CREATE UNIQUE INDEX diagram_components_per_system ON diagram_components (system_id, component);

-- Tensions name the component rows they join (from_component/to_component keep the kind).
ALTER TABLE tensions ADD COLUMN from_component_id INTEGER REFERENCES diagram_components(id) ON DELETE RESTRICT;
ALTER TABLE tensions ADD COLUMN to_component_id INTEGER REFERENCES diagram_components(id) ON DELETE RESTRICT;
ALTER TABLE tensions ADD COLUMN memo TEXT NOT NULL DEFAULT '';
ALTER TABLE tensions ADD COLUMN label_nudge_x REAL NOT NULL DEFAULT 0;
ALTER TABLE tensions ADD COLUMN label_nudge_y REAL NOT NULL DEFAULT 0;
CREATE INDEX tensions_by_diagram ON tensions (diagram_id);

-- Codings that back a component or a tension. The coding is named by its guid, not a
-- foreign key: uncoding a passage leaves the link (reported as missing) so undoing the
-- uncode brings the evidence back, and a reused integer id can never point elsewhere.
CREATE TABLE diagram_evidence (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  diagram_id   INTEGER NOT NULL REFERENCES diagrams(id) ON DELETE RESTRICT,
  component_id INTEGER REFERENCES diagram_components(id) ON DELETE RESTRICT,
  tension_id   INTEGER REFERENCES tensions(id) ON DELETE RESTRICT,
  coding_guid  TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  CHECK ((component_id IS NULL) <> (tension_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX diagram_evidence_per_component ON diagram_evidence (component_id, coding_guid) WHERE component_id IS NOT NULL;
CREATE UNIQUE INDEX diagram_evidence_per_tension ON diagram_evidence (tension_id, coding_guid) WHERE tension_id IS NOT NULL;
CREATE INDEX diagram_evidence_by_diagram ON diagram_evidence (diagram_id);
CREATE INDEX diagram_evidence_by_coding ON diagram_evidence (coding_guid);
