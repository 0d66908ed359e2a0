// 002: housing-plan scenarios. The scenario (assumptions and actions) is stored as JSON
// validated by the contract's schema; the engine is pure and recomputes results on demand.
export default `
CREATE TABLE scenario (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  start_year INTEGER NOT NULL,
  years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 20),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
