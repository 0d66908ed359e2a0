// 003: the annual survey import. Each import is recorded (file, checksum, who, when, counts)
// with the before- and after-image of every row it created or changed, so it can be undone as
// a whole; the survey's per-home figures are kept per year for year-on-year comparison.
export default `
CREATE TABLE import_run (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  who TEXT,
  survey_year INTEGER NOT NULL,
  counts TEXT NOT NULL,
  backup_path TEXT,
  undone_at TEXT
) STRICT;

-- One line per row the import created (before_json NULL) or changed, in write order.
CREATE TABLE import_undo (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
  entity TEXT NOT NULL CHECK (entity IN ('area','unit','household','tenancy')),
  row_id INTEGER NOT NULL,
  before_json TEXT,
  after_json TEXT NOT NULL
) STRICT;
CREATE INDEX import_undo_import ON import_undo(import_id);

-- What the survey said per home (after the import), filed under the survey year.
CREATE TABLE survey_snapshot (
  import_id INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  unit_id INTEGER NOT NULL,
  unit_no TEXT NOT NULL,
  condition INTEGER CHECK (condition BETWEEN 0 AND 3),
  backlog INTEGER NOT NULL CHECK (backlog >= 0),
  rent_monthly INTEGER NOT NULL CHECK (rent_monthly >= 0),
  status TEXT NOT NULL,
  occupied INTEGER NOT NULL CHECK (occupied IN (0,1)),
  surveyed_on TEXT,
  PRIMARY KEY (import_id, unit_id)
) STRICT;
CREATE INDEX survey_snapshot_year ON survey_snapshot(year, unit_id);
`;
