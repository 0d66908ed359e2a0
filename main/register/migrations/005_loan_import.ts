// 005: the import of the finance department's loan list. Each import is recorded (file,
// checksum, who, when, counts) with each loan's before- and after-image (loan row and shares as
// JSON), so a whole import can be undone. Separate from the survey import's tables.
export default `
CREATE TABLE loan_import_run (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  who TEXT,
  created INTEGER NOT NULL CHECK (created >= 0),
  updated INTEGER NOT NULL CHECK (updated >= 0),
  backup_path TEXT,
  undone_at TEXT
) STRICT;

-- One line per loan the import created (before_json NULL) or changed, in write order.
CREATE TABLE loan_import_undo (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES loan_import_run(id) ON DELETE CASCADE,
  loan_id INTEGER NOT NULL,
  before_json TEXT,
  after_json TEXT NOT NULL
) STRICT;
CREATE INDEX loan_import_undo_import ON loan_import_undo(import_id);
`;
