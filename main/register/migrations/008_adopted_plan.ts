// 008 (issue 13.3): planned against actual.
// - adopted_plan: a stored scenario adopted by the municipal council («vedtatt plan») for a
//   period of years, with the date of the decision and its reference (saksnummer). At most one
//   adopted plan per year: the register refuses overlapping periods.
// - stock_event: how and when a home came into the stock or left it (kjøp, bygging,
//   framleie inn; salg, leie-til-eie, avvikling, framleie ut). The home's number is kept, so
//   an event outlives a deleted home.
export default `
CREATE TABLE adopted_plan (
  id INTEGER PRIMARY KEY,
  scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
  from_year INTEGER NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
  to_year INTEGER NOT NULL CHECK (to_year BETWEEN 2000 AND 2100 AND to_year >= from_year),
  adopted_on TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX adopted_plan_years ON adopted_plan(from_year, to_year);

CREATE TABLE stock_event (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
  unit_no TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN
    ('kjop','bygging','salg','leie_til_eie','avvikling','framleie_inn','framleie_ut')),
  on_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX stock_event_date ON stock_event(on_date);
CREATE INDEX stock_event_unit ON stock_event(unit_id);
`;
