// 001: the register's first schema. Money columns are INTEGER kroner.
export default `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE area (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  unit_no TEXT NOT NULL UNIQUE COLLATE NOCASE,
  address TEXT NOT NULL,
  area_id INTEGER REFERENCES area(id) ON DELETE SET NULL,
  building_type TEXT NOT NULL,
  tenure TEXT NOT NULL CHECK (tenure IN ('eid','framleie','tildelingsrett')),
  lease_end TEXT,
  owner_rent_monthly INTEGER CHECK (owner_rent_monthly >= 0),
  bedrooms INTEGER NOT NULL CHECK (bedrooms >= 0),
  rooms INTEGER NOT NULL CHECK (rooms >= 1),
  area_m2 REAL NOT NULL CHECK (area_m2 > 0),
  floor INTEGER,
  wheelchair_accessible INTEGER NOT NULL CHECK (wheelchair_accessible IN (0,1)),
  universal_design INTEGER NOT NULL CHECK (universal_design IN (0,1)),
  staffed INTEGER NOT NULL CHECK (staffed IN (0,1)),
  target_group TEXT,
  condition INTEGER CHECK (condition BETWEEN 0 AND 3),
  maintenance_backlog INTEGER NOT NULL CHECK (maintenance_backlog >= 0),
  rent_monthly INTEGER NOT NULL CHECK (rent_monthly >= 0),
  market_rent_monthly INTEGER CHECK (market_rent_monthly >= 0),
  book_value INTEGER CHECK (book_value >= 0),
  status TEXT NOT NULL CHECK (status IN ('utleid','ledig','under_rehabilitering','ute_av_drift','til_salgs')),
  status_since TEXT,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX unit_status ON unit(status);
CREATE INDEX unit_tenure ON unit(tenure);
CREATE INDEX unit_area ON unit(area_id);

CREATE TABLE household (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE COLLATE NOCASE,
  adults INTEGER NOT NULL CHECK (adults >= 1),
  couple INTEGER NOT NULL CHECK (couple IN (0,1)),
  child_ages TEXT NOT NULL DEFAULT '[]',
  children INTEGER NOT NULL DEFAULT 0 CHECK (children >= 0),
  income_source TEXT NOT NULL,
  target_group TEXT,
  follow_up TEXT NOT NULL,
  career_path TEXT NOT NULL,
  arrears INTEGER NOT NULL CHECK (arrears IN (0,1)),
  note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE tenancy (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  start TEXT NOT NULL,
  end TEXT,
  moved_out TEXT,
  CHECK (end IS NULL OR end >= start),
  CHECK (moved_out IS NULL OR moved_out >= start)
) STRICT;
CREATE INDEX tenancy_unit ON tenancy(unit_id);
CREATE INDEX tenancy_household ON tenancy(household_id);
-- At most one current tenancy per home and per household.
CREATE UNIQUE INDEX tenancy_current_unit ON tenancy(unit_id) WHERE moved_out IS NULL;
CREATE UNIQUE INDEX tenancy_current_household ON tenancy(household_id) WHERE moved_out IS NULL;

CREATE TABLE need (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('soker','prognose')),
  ref TEXT,
  target_group TEXT NOT NULL,
  households INTEGER NOT NULL CHECK (households >= 1),
  household_size INTEGER NOT NULL CHECK (household_size >= 1),
  bedrooms INTEGER NOT NULL CHECK (bedrooms >= 0),
  wheelchair INTEGER NOT NULL CHECK (wheelchair IN (0,1)),
  staffed INTEGER NOT NULL CHECK (staffed IN (0,1)),
  urgency TEXT NOT NULL,
  registered TEXT NOT NULL,
  expected_year INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX need_kind ON need(kind);

CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  summary TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
`;
