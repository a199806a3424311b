-- Contradictions as activity theory defines them (Engestrom 1987): what each level needs,
-- one contradiction followed across phases, and what third-generation diagrams add.
-- Every table is undoable: children are deleted explicitly, never by cascade.

-- A tertiary contradiction sets the current object against a culturally more advanced
-- form of it: the record names that form ("coaching as development").
ALTER TABLE tensions ADD COLUMN advanced_form TEXT NOT NULL DEFAULT '';

-- The organisation a system of a third-generation diagram stands for: a tension's
-- evidence is split by system through the lead or partner organisation of each quote's case.
ALTER TABLE diagram_systems ADD COLUMN partner_role TEXT CHECK (partner_role IN ('lead', 'partner'));

-- Boundary objects the shared object of a third-generation diagram carries (a joint
-- observation form, the coaching log both sides fill in), in the researcher's order.
CREATE TABLE diagram_boundary_objects (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  diagram_id   INTEGER NOT NULL REFERENCES diagrams(id) ON DELETE RESTRICT,
  component_id INTEGER NOT NULL REFERENCES diagram_components(id) ON DELETE RESTRICT,
  seq          INTEGER NOT NULL,
  name         TEXT NOT NULL
) STRICT;
CREATE INDEX diagram_boundary_objects_by_component ON diagram_boundary_objects (component_id, seq);
CREATE INDEX diagram_boundary_objects_by_diagram ON diagram_boundary_objects (diagram_id);

-- One contradiction followed across phases: tensions of diagrams of different phases
-- linked as the same contradiction, each with the status it had in its phase.
CREATE TABLE contradictions (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  memo       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

-- A tension belongs to at most one contradiction.
CREATE TABLE contradiction_phases (
  id               INTEGER PRIMARY KEY,
  guid             TEXT NOT NULL UNIQUE,
  contradiction_id INTEGER NOT NULL REFERENCES contradictions(id) ON DELETE RESTRICT,
  tension_id       INTEGER NOT NULL UNIQUE REFERENCES tensions(id) ON DELETE RESTRICT,
  status           TEXT NOT NULL CHECK (status IN ('emerging', 'aggravated', 'addressed', 'resolved')),
  created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX contradiction_phases_by_contradiction ON contradiction_phases (contradiction_id);
