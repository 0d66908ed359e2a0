// 006 (issue 13): following the plan through the year.
// - contract_follow_up: the planner's decision on a 3-year contract (tenancy) or a framleie
//   lease (unit) that is ending: forlenges / ny kontrakt / flytter ut / avklares.
// - need: the application's lifecycle (registrert → innvilget/avslått → tildelt, or trukket)
//   with its dates, the household it belongs to and SSB's target group for KOSTRA.
//   Existing needs become "registrert".
// - kostra_report: KOSTRA skjema 13 as saved per reporting year (figures, comments, status), so
//   next year's controls can compare with last year's report.
export default `
CREATE TABLE contract_follow_up (
  kind TEXT NOT NULL CHECK (kind IN ('kontrakt','framleie')),
  ref_id INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('forlenges','ny_kontrakt','flytter_ut','avklares')),
  on_date TEXT,
  note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (kind, ref_id)
) STRICT;

ALTER TABLE need ADD COLUMN household_id INTEGER REFERENCES household(id) ON DELETE SET NULL;
ALTER TABLE need ADD COLUMN status TEXT NOT NULL DEFAULT 'registrert'
  CHECK (status IN ('registrert','innvilget','avslatt','tildelt','trukket'));
ALTER TABLE need ADD COLUMN decided_on TEXT;
ALTER TABLE need ADD COLUMN allocated_on TEXT;
ALTER TABLE need ADD COLUMN allocated_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL;
ALTER TABLE need ADD COLUMN withdrawn_on TEXT;
ALTER TABLE need ADD COLUMN ssb_group TEXT
  CHECK (ssb_group IS NULL OR ssb_group IN
    ('flyktninger','tilrettelagt','psykisk','rus','rus_psykisk','andre'));
CREATE INDEX need_status ON need(status);
CREATE INDEX need_household ON need(household_id);

CREATE TABLE kostra_report (
  year INTEGER PRIMARY KEY,
  population INTEGER CHECK (population IS NULL OR population > 0),
  figures TEXT NOT NULL,
  comments TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL CHECK (status IN ('utkast','ferdig')),
  saved_at TEXT NOT NULL
) STRICT;
`;
