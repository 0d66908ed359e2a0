// 007 (issue 12.3): the planner's «sett» marks on a scenario's warnings. A warning is keyed by
// a stable key (code, action and year; see warningKey in domain/scenario/warnings.ts); the
// mark keeps a short reason and the date. Deleting the scenario deletes its marks.
export default `
CREATE TABLE warning_seen (
  scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
  warning_key TEXT NOT NULL CHECK (length(warning_key) BETWEEN 1 AND 400),
  code TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 60),
  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
  seen_on TEXT NOT NULL,
  PRIMARY KEY (scenario_id, warning_key)
) STRICT;
`;
